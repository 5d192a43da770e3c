import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { CheckIcon } from '../../components/ui/icons.tsx';
import type { LessonRecord } from '../../shared/records.ts';
import './strings.ts';

interface Props {
  lessons: readonly (LessonRecord & { pending?: boolean })[];
  hasMore: boolean;
  onMore: () => void;
  completed: ReadonlySet<string>;
  downloaded: ReadonlySet<string>;
}

/**
 * Renders one page at a time; nearing the end loads the next page (and a button does the same
 * for keyboards and screen readers), so a list of thousands never puts thousands of rows in the DOM
 * before the member scrolls to them.
 */
export function LessonList({ lessons, hasMore, onMore, completed, downloaded }: Props) {
  const { t } = useTranslation('lessons');
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) onMore();
      },
      { rootMargin: '400px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [hasMore, onMore, lessons.length]);

  return (
    <>
      <ul className="lesson-list" aria-label={t('list.label')}>
        {lessons.map((l) => (
          <li key={l.id}>
            <Link className="lesson-row" to={l.id}>
              <span className="lesson-row__title">{l.title}</span>
              <span className="lesson-row__meta">
                {t(`series.${l.series}`)} · {l.speaker} ·{' '}
                {t('list.minutes', { count: l.durationMin })}
              </span>
              {l.tags.length > 0 && (
                <span className="lesson-row__tags">{l.tags.map((tag) => `#${tag}`).join(' ')}</span>
              )}
              <span className="lesson-row__badges">
                {completed.has(l.id) && (
                  <Badge tone="success" icon={<CheckIcon />}>
                    {t('list.completed')}
                  </Badge>
                )}
                {downloaded.has(l.id) && <Badge tone="info">{t('list.downloaded')}</Badge>}
                {l.pending && <Badge tone="warning">…</Badge>}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {hasMore && (
        <div ref={sentinel} className="lesson-more">
          <Button variant="secondary" block onClick={onMore}>
            {t('list.more')}
          </Button>
        </div>
      )}
    </>
  );
}
