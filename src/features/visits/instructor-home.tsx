import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Card } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { monthOf, worklogId } from '../../shared/visits/rules.ts';
import { useSession } from '../../sync/session.ts';
import { RequestList } from '../requests/request-list.tsx';
import { firmsByDue, settingsFor } from './home-model.ts';
import { discussionState } from './duty-model.ts';
import { useInstructorData } from './use-instructor.ts';
import { halfLabel } from './labels.ts';
import './strings.ts';

/** 党建指导员's home: firms by when a contact is due, this month's log, the next discussion. */
export function InstructorHome() {
  const { t, i18n } = useTranslation('visits');
  const { user } = useSession();
  const data = useInstructorData();
  const location = useLocation();
  const saved = (location.state as { discussionSaved?: boolean } | null)?.discussionSaved === true;
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
      discussion: discussionState(data.discussions, user.id, now),
      review:
        data.reviews.filter((r) => r.instructorId === user.id).sort((a, b) => b.year - a.year)[0] ??
        null,
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
      {saved && (
        <p className="notice" role="status">
          {t('discussion.saved')}
        </p>
      )}
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
          {view.discussion.next ? (
            <p>
              <Link to={`/instructor/discussion/${view.discussion.next.id}`}>
                {view.discussion.next.topic}
              </Link>
              <br />
              <time className="muted" dateTime={view.discussion.next.at}>
                {formatDateTime(view.discussion.next.at, i18n.language)}
              </time>{' '}
              <span className="muted">· {view.discussion.next.place}</span>
              {view.discussion.next.pending && (
                <>
                  {' '}
                  <Badge tone="info">{t('discussion.waiting')}</Badge>
                </>
              )}
              {view.discussion.nextPast && (
                <>
                  <br />
                  <Badge tone="warning">{t('home.nextPast')}</Badge>
                </>
              )}
            </p>
          ) : (
            <p className="muted">{t('home.noNext')}</p>
          )}
          {view.discussion.missing && (roles.includes('instructor') || view.rows.length > 0) && (
            <p>
              <Badge tone="danger">
                {t('home.missing', { half: halfLabel(t, view.discussion.half) })}
              </Badge>
            </p>
          )}
          <p className="instructor__links">
            <Link className="btn btn--secondary btn--small" to="/instructor/discussion/new">
              {t('home.plan')}
            </Link>
            <Link to="/instructor/discussions">{t('home.allDiscussions')}</Link>
          </p>
        </Card>
        {view.review && (
          <Card title={t('home.review')} level={2}>
            <p>
              <Badge tone={view.review.outcome === 'keep' ? 'success' : 'warning'}>
                {t('home.reviewOf', {
                  year: view.review.year,
                  outcome: t(`review.${view.review.outcome}`),
                })}
              </Badge>
            </p>
            {view.review.notes && <p className="visit-detail__notes">{view.review.notes}</p>}
            <p className="muted">
              {t('review.recordedBy', {
                name: view.review.reviewerName,
                date: formatDate(view.review.updatedAt, i18n.language),
              })}
            </p>
          </Card>
        )}
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
              <Link to="/instructor/review">{t('home.reviews')}</Link>
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
