import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { BookIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Tabs } from '../../components/ui/tabs.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useSession } from '../../sync/session.ts';
import { SERIES } from './lesson-search.ts';
import {
  useCompletedIds,
  useLessonPage,
  useUpcomingSessions,
  type SeriesFilter,
} from './use-lessons.ts';
import { useDownloads } from './downloads.ts';
import { isOrganizerRole } from './use-organizer.ts';
import { LessonList } from './lesson-list.tsx';
import { UpcomingSessions } from './upcoming-sessions.tsx';
import './strings.ts';

const PAGE = 30;
/** A search walks the lessons until a page is full: once per pause in typing, not per key. */
const SEARCH_DELAY_MS = 250;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function LessonListScreen() {
  const { t } = useTranslation('lessons');
  const { user } = useSession();
  const [series, setSeries] = useState<SeriesFilter>('all');
  const [query, setQuery] = useState('');
  const deferred = useDebounced(query, SEARCH_DELAY_MS);
  const [limit, setLimit] = useState(PAGE);
  const page = useLessonPage(series, deferred, limit);
  const completed = useCompletedIds(user?.id);
  const downloads = useDownloads();
  const downloaded = new Set((downloads ?? []).map((d) => d.lesson.id));
  const [now] = useState(() => new Date());
  const sessions = useUpcomingSessions(now);
  const tabs = [
    { key: 'all' as const, label: t('series.all') },
    ...SERIES.map((s) => ({ key: s, label: t(`series.short.${s}`) })),
  ];

  return (
    <>
      <PageHeader title={t('title')} />
      <nav className="lesson-links" aria-label={t('nav.label')}>
        <Link className="btn btn--ghost btn--small" to="downloads">
          {t('nav.downloads')}
        </Link>
        {isOrganizerRole(user?.roles) && (
          <>
            <Link className="btn btn--ghost btn--small" to="manage">
              {t('nav.manage')}
            </Link>
            <Link className="btn btn--ghost btn--small" to="overview">
              {t('nav.overview')}
            </Link>
          </>
        )}
      </nav>
      <TextField
        type="search"
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query}
        enterKeyHint="search"
        onChange={(e) => {
          setQuery(e.target.value);
          setLimit(PAGE);
        }}
      />
      {/* Nothing below the search until the upcoming sessions are read: their card appearing
          above a list already on screen would push it down (a layout shift). */}
      {sessions !== undefined && !deferred.trim() && <UpcomingSessions sessions={sessions} />}
      {sessions !== undefined && (
        <Tabs
          label={t('series.legend')}
          tabs={tabs}
          selected={series}
          onSelect={(k) => {
            setSeries(k);
            setLimit(PAGE);
          }}
        >
          {page && page.lessons.length === 0 ? (
            deferred.trim() ? (
              <p className="lesson-empty">{t('search.none', { query: deferred.trim() })}</p>
            ) : (
              <EmptyState icon={<BookIcon />} title={t('empty.title')} body={t('empty.body')} />
            )
          ) : (
            <LessonList
              lessons={page?.lessons ?? []}
              hasMore={page?.hasMore ?? false}
              onMore={() => setLimit((n) => n + PAGE)}
              completed={completed}
              downloaded={downloaded}
            />
          )}
        </Tabs>
      )}
    </>
  );
}
