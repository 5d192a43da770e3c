import { useTranslation } from 'react-i18next';
import { formatClock, useMediaProgress } from './use-media-progress.ts';
import './strings.ts';

interface Props {
  lessonId: string;
  media: { url: string; mime: string };
  saved: number;
  completed: boolean;
  /** record progress (members only; others just watch or listen) */
  record: boolean;
}

/**
 * Native audio/video controls (keyboard and screen-reader friendly). Offline, the service worker
 * answers the player's Range requests from the downloaded copy, so seeking works without network.
 */
export function LessonPlayer({ lessonId, media, saved, completed, record }: Props) {
  const { t } = useTranslation('lessons');
  const { bind, resumedAt } = useMediaProgress(lessonId, saved, completed, record);
  const video = media.mime.startsWith('video/');
  return (
    <div className="lesson-player">
      {video ? (
        <video
          {...bind}
          controls
          preload="metadata"
          playsInline
          src={media.url}
          aria-label={t('lesson.video')}
        />
      ) : (
        <audio
          {...bind}
          controls
          preload="metadata"
          src={media.url}
          aria-label={t('lesson.audio')}
        />
      )}
      {resumedAt !== null && (
        <p className="lesson-player__note" role="status">
          {t('lesson.resumed', { time: formatClock(resumedAt) })}
        </p>
      )}
    </div>
  );
}
