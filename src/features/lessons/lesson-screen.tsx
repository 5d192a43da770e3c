import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { BookIcon, CheckIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ShareActions } from '../notify/share-actions.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { hasMemberRole } from '../../shared/roles.ts';
import { useSession } from '../../sync/session.ts';
import { reportProgress } from './lesson-actions.ts';
import { useLesson, useMyProgress, useMyRating } from './use-lessons.ts';
import { LessonPlayer } from './lesson-player.tsx';
import { DownloadPanel } from './download-panel.tsx';
import { LessonQuiz } from './lesson-quiz.tsx';
import { RatingForm } from './rating-form.tsx';
import './strings.ts';

const LessonBody = lazy(() => import('./lesson-body.tsx'));

export function LessonScreen() {
  const { t, i18n } = useTranslation('lessons');
  const { lessonId } = useParams();
  const { user, ready } = useSession();
  const lesson = useLesson(lessonId);
  const progress = useMyProgress(user?.id, lessonId);
  const rating = useMyRating(user?.id, lessonId);
  // Progress, quiz scores and ratings are the member role's writes (the server refuses others).
  const member = hasMemberRole(user?.roles);
  const [note, setNote] = useState<string | null>(null);
  const back = (
    <Link className="btn btn--ghost btn--small" to="/lessons">
      ← {t('lesson.back')}
    </Link>
  );

  if (lesson === undefined || progress === undefined || !ready) return null;
  if (lesson === null) {
    return (
      <>
        <PageHeader title={t('title')} leading={back} />
        <EmptyState
          icon={<BookIcon />}
          title={t('lesson.notFound')}
          body={t('lesson.notFoundBody')}
        />
      </>
    );
  }
  const completed = progress?.completed ?? false;
  const markComplete = async () => {
    await reportProgress(lesson.id, progress?.position ?? 0, true);
    setNote(t('lesson.saved'));
  };

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <div className="lesson__back">{back}</div>
      <header className="lesson__header">
        <Badge tone="primary">{t(`series.${lesson.series}`)}</Badge>
        <h1 id="lesson-title" className="lesson__title">
          {lesson.title}
        </h1>
        <p className="lesson__meta">
          {t('lesson.speaker', { speaker: lesson.speaker })} ·{' '}
          {t('list.minutes', { count: lesson.durationMin })}
        </p>
        {lesson.scheduledAt && (
          <p className="lesson__live">
            {t('lesson.liveAt', {
              when: t('upcoming.when', {
                time: formatDateTime(lesson.scheduledAt, i18n.language),
                venue: lesson.venue || t('upcoming.noVenue'),
              }),
            })}
          </p>
        )}
        {lesson.tags.length > 0 && (
          <p className="lesson-row__tags">{lesson.tags.map((tag) => `#${tag}`).join(' ')}</p>
        )}
        <ShareActions
          item={{
            id: lesson.id,
            kind: 'lesson',
            title: lesson.title,
            start: new Date(lesson.scheduledAt ?? 0),
            end: new Date(Date.parse(lesson.scheduledAt ?? '0') + lesson.durationMin * 60_000),
            location: lesson.venue,
            description: lesson.speaker,
            path: `/lessons/${lesson.id}`,
          }}
          text={lesson.summary || lesson.speaker}
          // a lesson without a session to attend is shared, not put in a calendar
          calendar={Boolean(lesson.scheduledAt)}
        />
      </header>
      {lesson.summary && <p className="lesson__summary">{lesson.summary}</p>}
      <DownloadPanel lesson={lesson} />
      {lesson.media && (
        <LessonPlayer
          key={lesson.id}
          lessonId={lesson.id}
          media={lesson.media}
          saved={progress?.position ?? 0}
          completed={completed}
          record={member}
        />
      )}
      <Suspense fallback={<p className="lesson-body">{t('lesson.loadingBody')}</p>}>
        <LessonBody body={lesson.body} />
      </Suspense>
      <div className="lesson__complete">
        {!member ? (
          <p className="muted">{t('lesson.membersOnly')}</p>
        ) : completed ? (
          <p className="lesson__done" role="status">
            <CheckIcon /> {t('lesson.completed')}
          </p>
        ) : (
          <Button block onClick={() => void markComplete()}>
            {t('lesson.markComplete')}
          </Button>
        )}
        {note && !completed && <p role="status">{note}</p>}
      </div>
      {lesson.quiz.length > 0 && (
        <LessonQuiz
          lessonId={lesson.id}
          quiz={lesson.quiz}
          best={progress?.quizScore ?? null}
          position={progress?.position ?? 0}
          completed={completed}
          record={member}
        />
      )}
      {member && rating !== undefined && (
        <RatingForm key={lesson.id} lessonId={lesson.id} current={rating} />
      )}
    </article>
  );
}
