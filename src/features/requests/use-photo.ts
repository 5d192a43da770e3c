import { useEffect, useState } from 'react';
import { loadPhoto } from './photo-source.ts';

export type PhotoState =
  { state: 'loading' } | { state: 'ready'; src: string } | { state: 'error' };

export function usePhoto(url: string): PhotoState {
  const [result, setResult] = useState<{ url: string; photo: PhotoState }>({
    url,
    photo: { state: 'loading' },
  });
  useEffect(() => {
    const controller = new AbortController();
    let objectUrl: string | null = null;
    loadPhoto(url, controller.signal).then(
      (src) => {
        const isBlob = src.startsWith('blob:');
        if (controller.signal.aborted) {
          if (isBlob) URL.revokeObjectURL(src);
          return;
        }
        if (isBlob) objectUrl = src;
        setResult({ url, photo: { state: 'ready', src } });
      },
      () => {
        if (!controller.signal.aborted) setResult({ url, photo: { state: 'error' } });
      },
    );
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  return result.url === url ? result.photo : { state: 'loading' };
}
