import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Card } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { monthOf, worklogId } from '../../shared/visits/rules.ts';
import { useSession } from '../../sync/session.ts';
import { RequestList } from '../requests/request-list.tsx';
import { firmsByDue, nextDiscussion, pathOf, settingsFor } from './home-model.ts';
import { useInstructorData } from './use-instructor.ts';
import './strings.ts';

/** 党建指导员's home: firms by when a contact is due, this month's log, the next discussion. */
export function InstructorHome() {
  const { t, i18n } = useTranslation('visits');
  const { user } = useSession();
  const data = useInstructorData();
  const view = useMemo(() => {
    if (!data || !user) return null;
    const now = new Date();
    const settings = settingsFor(data.orgs, data.settings, user.orgId);
    const firms = data.firms.filter((f) => f.instructorId === user.id);
    const firmIds = new Set(firms.map((f) => f.id));
    const myVisits = data.visits.filter((v) => firmIds.has(v.firmId) || v.userId === user.id);
    const month = monthOf(now);
    const log = data.worklogs.find((w) => w.id === worklogId(user.id, month));
    const visitIds = new Set(myVisits.map((v) => v.id));
    const raised = data.requests
      .filter((r) => r.visitId && visitIds.has(r.visitId))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return {
      settings,
      rows: firmsByDue(firms, myVisits, settings.intervalDays, now),
      month,
      log,
      next: nextDiscussion(data.events, pathOf(data.orgs, user.orgId), now),
      raised,
      recent: [...myVisits].sort((a, b) => b.at.localeCompare(a.at)).slice(0, 5),
      drafts: new Set(data.drafts.map((d) => d.firmId)),
    };
  }, [data, user]);

  if (!view || !user) return <p className="route-loading">{t('loading')}</p>;
  const roles = user.roles;
  const organizer = roles.includes('organizer') || roles.includes('admin');

  return (
    <div className="stack instructor">
      <PageHeader title={t('home.title')} />
      <p className="muted">
        {t('home.intro')} {t('home.interval', { days: view.settings.intervalDays })}
      </p>
      <div className="instructor__summary">
        <Card title={t('home.worklog')} level={2}>
          <p>
            {view.log?.status === 'submitted' ? (
              <Badge tone="success">{t('home.worklogIn')}</Badge>
            ) : view.log ? (
              <Badge tone="warning">{t('home.worklogDraft')}</Badge>
            ) : (
              <Badge tone="warning">{t('home.worklogMissing')}</Badge>
            )}
          </p>
          <Link to={`/instructor/worklog/${view.month}`}>
            {t('home.worklogOpen', { month: view.month })}
          </Link>
        </Card>
        <Card title={t('home.next')} level={2}>
          {view.next ? (
            <p>
              <Link to={`/events/${view.next.id}`}>{view.next.title}</Link>
              <br />
              <time className="muted" dateTime={view.next.startsAt}>
                {formatDateTime(view.next.startsAt, i18n.language)}
              </time>
            </p>
          ) : (
            <p className="muted">{t('home.noNext')}</p>
          )}
        </Card>
      </div>

      <section aria-labelledby="instructor-firms" className="stack">
        <h2 id="instructor-firms">{t('home.firms')}</h2>
        {view.rows.length === 0 ? (
          <EmptyState title={t('home.noFirms')} body={t('home.noFirmsBody')} />
        ) : (
          <ul className="list instructor__firms">
            {view.rows.map((r) => (
              <li
                key={r.firm.id}
                className={r.overdue ? 'instructor__firm is-overdue' : 'instructor__firm'}
              >
                <div className="instructor__firm-text">
                  <strong>{r.firm.name}</strong>
                  <span className="muted">
                    {r.lastAt
                      ? t('home.last', { date: formatDate(r.lastAt, i18n.language) })
                      : t('home.never')}
                    {r.visits > 0 && <> · {t('home.visits', { count: r.visits })}</>}
                  </span>
                  <span>
                    {r.overdue ? (
                      <Badge tone="danger">{r.lastAt ? t('home.overdue') : t('home.never')}</Badge>
                    ) : r.daysLeft <= 0 ? (
                      <Badge tone="warning">{t('home.dueToday')}</Badge>
                    ) : (
                      <Badge tone="neutral">{t('home.dueIn', { days: r.daysLeft })}</Badge>
                    )}
                    {view.drafts.has(r.firm.id) && (
                      <Badge tone="info">{t('form.draftSaved')}</Badge>
                    )}
                  </span>
                </div>
                <Link
                  className="btn btn--primary btn--small"
                  to={`/instructor/visit/${r.firm.id}`}
                  aria-label={t('home.logFor', { firm: r.firm.name })}
                >
                  {t('home.log')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="instructor-raised" className="stack">
        <h2 id="instructor-raised">{t('home.raised')}</h2>
        {view.raised.length === 0 ? (
          <p className="muted">{t('home.noRaised')}</p>
        ) : (
          <RequestList requests={view.raised} />
        )}
      </section>

      <section aria-labelledby="instructor-recent" className="stack">
        <h2 id="instructor-recent">{t('home.recent')}</h2>
        {view.recent.length === 0 ? (
          <p className="muted">{t('home.noVisits')}</p>
        ) : (
          <ul className="list">
            {view.recent.map((v) => (
              <li key={v.id}>
                <Link className="instructor__visit" to={`/instructor/v/${v.id}`}>
                  <strong>{v.firmName}</strong>
                  <span className="muted">
                    {t(`kind.${v.kind}`)} ·{' '}
                    <time dateTime={v.at}>{formatDateTime(v.at, i18n.language)}</time>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      {organizer && (
        <section aria-labelledby="instructor-manage" className="stack">
          <h2 id="instructor-manage">{t('home.others')}</h2>
          <ul className="list">
            <li>
              <Link to="/instructor/worklogs">{t('home.worklogs')}</Link>
            </li>
            <li>
              <Link to="/instructor/settings">{t('home.settings')}</Link>
            </li>
          </ul>
        </section>
      )}
    </div>
  );
}
