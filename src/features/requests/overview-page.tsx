import { useTranslation } from 'react-i18next';
import { BarChart } from '../../components/ui/bar-chart.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { REQUEST_STATUSES } from '../../shared/mutations/requests.ts';
import { useSession } from '../../sync/session.ts';
import { BackLink } from './back-link.tsx';
import { computeOverview, subtree } from './overview-stats.ts';
import { useAllRequests, useOrgs } from './use-requests.ts';
import { RequestList } from './request-list.tsx';
import { unstaffedOpen, useServiceGroups } from './use-service-groups.ts';
import './strings.ts';

const WEEKS = 8;

/** The organizer's overview, computed on the phone from synced records (so it works offline). */
export function OverviewPage() {
  const { t, i18n } = useTranslation('requests');
  const { user } = useSession();
  const requests = useAllRequests();
  const orgs = useOrgs();
  const groups = useServiceGroups();
  if (!user || !requests || !orgs || !groups) return null;
  const scope = subtree(orgs, user.orgId);
  const stuck = unstaffedOpen(
    requests.filter((r) => scope.has(r.orgId)),
    groups,
  );
  const o = computeOverview(
    requests.filter((r) => scope.has(r.orgId)),
    new Date(),
    WEEKS,
  );
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const duration = (hours: number | null) =>
    hours === null
      ? t('overview.none')
      : hours >= 48
        ? t('overview.days', { value: number.format(hours / 24) })
        : t('overview.hours', { value: number.format(hours) });
  const orgName = orgs.find((x) => x.id === user.orgId)?.name ?? '';
  const weekLabel = (d: string) => d.slice(5).replace('-', '/');
  return (
    <div className="stack">
      <PageHeader title={t('overview.title')} leading={<BackLink to="/services" />} />
      <p className="muted">{t('overview.scope', { org: orgName })}</p>
      <section
        className={stuck.length ? 'card notice--danger' : 'card'}
        aria-labelledby="unstaffed"
      >
        <h2 id="unstaffed" className="card__title">
          {t('overview.unstaffed')}
          {stuck.length > 0 && ` (${number.format(stuck.length)})`}
        </h2>
        {stuck.length === 0 ? (
          <p className="muted">{t('overview.unstaffedNone')}</p>
        ) : (
          <>
            <p>{t('overview.unstaffedHint')}</p>
            <RequestList requests={stuck} showRequester />
          </>
        )}
      </section>
      <dl className="stat-grid">
        <div className="stat">
          <dt>{t('overview.total')}</dt>
          <dd>{number.format(o.total)}</dd>
        </div>
        <div className="stat">
          <dt>{t('overview.medianAccept')}</dt>
          <dd>{duration(o.medianAcceptHours)}</dd>
        </div>
        <div className="stat">
          <dt>{t('overview.medianResolve')}</dt>
          <dd>{duration(o.medianResolveHours)}</dd>
        </div>
        <div className="stat">
          <dt>{t('overview.rating')}</dt>
          <dd>
            {o.averageRating === null ? t('overview.none') : number.format(o.averageRating)}
            <span className="muted stat__sub">
              {t('overview.ratingCount', { count: o.ratings })}
            </span>
          </dd>
        </div>
      </dl>
      <section className="card" aria-labelledby="weekly">
        <h2 id="weekly" className="card__title">
          {t('overview.weekly', { weeks: WEEKS })}
        </h2>
        <BarChart
          title={t('overview.weekly', { weeks: WEEKS })}
          labelHeader={t('overview.week')}
          valueHeader={t('overview.count')}
          data={o.weekly.map((w) => ({ label: weekLabel(w.weekStart), value: w.count }))}
        />
      </section>
      {/* scrolls sideways on a narrow screen: focusable so a keyboard can scroll it too */}
      <section className="card table-scroll" aria-labelledby="by-group" tabIndex={0}>
        <h2 id="by-group" className="card__title">
          {t('overview.byGroup')}
        </h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('overview.group')}</th>
              {REQUEST_STATUSES.map((s) => (
                <th key={s} scope="col">
                  {t(`status.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {o.byGroup.map((g) => (
              <tr key={g.group}>
                <th scope="row">{t(`groups.${g.group}.name`)}</th>
                {REQUEST_STATUSES.map((s) => (
                  <td key={s}>{g.byStatus[s]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="muted">{t('overview.offlineNote')}</p>
    </div>
  );
}
