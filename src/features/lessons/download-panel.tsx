import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { formatBytes } from '../../i18n/format.ts';
import type { LessonRecord } from '../../shared/records.ts';
import { downloadLesson, filesStillStored, removeDownload, useIsDownloaded } from './downloads.ts';
import { downloadSize } from './lesson-assets.ts';
import { DownloadError, type DownloadProgress } from './offline-download.ts';
import './strings.ts';

type Failure = 'offline' | 'http' | 'quota' | 'aborted' | 'unsupported';

export function DownloadPanel({ lesson }: { lesson: LessonRecord }) {
  const { t, i18n } = useTranslation('lessons');
  const downloaded = useIsDownloaded(lesson.id);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [evicted, setEvicted] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const size = formatBytes(downloadSize(lesson), i18n.language);

  useEffect(() => {
    if (!downloaded) return;
    let live = true;
    void filesStillStored(lesson).then((ok) => live && setEvicted(!ok));
    return () => {
      live = false;
    };
  }, [downloaded, lesson]);

  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    setFailure(null);
    abort.current = new AbortController();
    setProgress({ loaded: 0, total: 0 });
    try {
      await downloadLesson(lesson, setProgress, abort.current.signal);
      setEvicted(false);
    } catch (err) {
      setFailure(err instanceof DownloadError ? err.code : 'unsupported');
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  if (progress) {
    const percent = progress.total ? Math.round((progress.loaded / progress.total) * 100) : 0;
    return (
      <div className="download-panel">
        <ProgressBar
          label={t('download.progress')}
          value={progress.total ? progress.loaded : null}
          max={progress.total || 1}
          valueText={`${formatBytes(progress.loaded, i18n.language)} / ${formatBytes(progress.total, i18n.language)} (${percent}%)`}
        />
        <Button variant="ghost" small onClick={() => abort.current?.abort()}>
          {t('download.cancel')}
        </Button>
      </div>
    );
  }

  return (
    <div className="download-panel">
      {downloaded && !evicted ? (
        <>
          <p className="download-panel__done" role="status">
            {t('download.done', { size })}
          </p>
          <Button variant="ghost" small onClick={() => void removeDownload(lesson.id)}>
            {t('download.remove')}
          </Button>
        </>
      ) : (
        <>
          {evicted && <p role="status">{t('download.evicted')}</p>}
          <Button variant="secondary" block onClick={() => void start()}>
            {t('download.button', { size })}
          </Button>
        </>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {t(`download.failed.${failure}`)}
        </p>
      )}
    </div>
  );
}
