import { useEffect, useState } from 'react';
import { loadPhoto } from './photo-source.ts';

export type PhotoState =
  { state: 'loading' } | { state: 'ready'; src: string } | { state: 'error' };

/** A request photo as an object URL; one that failed (offline) is fetched again once online. */
export function usePhoto(url: string): PhotoState {
  const [result, setResult] = useState<{ key: string; photo: PhotoState }>({
    key: '',
    photo: { state: 'loading' },
  });
  const [attempt, setAttempt] = useState(0);
  const key = `${url}#${attempt}`;
  const failed = result.key === key && result.photo.state === 'error';

  useEffect(() => {
    if (!failed) return;
    const retry = () => setAttempt((a) => a + 1);
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [failed]);

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
        setResult({ key, photo: { state: 'ready', src } });
      },
      () => {
        if (!controller.signal.aborted) setResult({ key, photo: { state: 'error' } });
      },
    );
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url, key]);

  if (result.key === key) return result.photo;
  // Keep showing a loaded photo while a retry runs; otherwise it is loading.
  return result.photo.state === 'ready' && result.key.startsWith(`${url}#`)
    ? result.photo
    : { state: 'loading' };
}
