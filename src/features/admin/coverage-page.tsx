import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { MIN_BRANCH_FULL_MEMBERS } from '../../shared/org/kinds.ts';
import { BackLink } from './back-link.tsx';
import { coverageByPark } from './coverage.ts';
import { useAdminData, useViewer } from './use-admin-data.ts';
import './strings.ts';

/** Per park: firms with members but no coverage first, then thin branches, then joint branches. */
export function CoveragePage() {
  const { t } = useTranslation('admin');
  const data = useAdminData();
  const { viewer, managed } = useViewer(data?.orgs);
  const parks = useMemo(
    () => (data ? coverageByPark(data.orgs, data.accounts, data.firms, managed) : null),
    [data, managed],
  );
  if (!parks || !viewer) return <p className="route-loading">{t('loading')}</p>;
  return (
    <div className="stack">
      <PageHeader title={t('coverageView.title')} leading={<BackLink />} />
      <p className="muted">{t('coverageView.intro')}</p>
      {parks.length === 0 && <EmptyState title={t('coverageView.noParks')} />}
      <div className="park-grid">
        {parks.map((p) => (
          <Card key={p.park.id} title={p.park.name} className="park-card">
            <p className="muted">{t('coverageView.firmTotal', { count: p.firmCount })}</p>
            <h3>{t('coverageView.uncovered')}</h3>
            {p.uncovered.length === 0 ? (
              <p className="muted">{t('coverageView.uncoveredNone')}</p>
            ) : (
              <ul className="list gap-list">
                {p.uncovered.map((f) => (
                  <li key={f.id} className="admin-row">
                    <span className="admin-row__main">{f.name}</span>
                    <span className="badge badge--danger">
                      {t('coverageView.memberCount', { count: f.memberCount ?? 0 })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('coverageView.thin', { min: MIN_BRANCH_FULL_MEMBERS })}</h3>
            {p.thinBranches.length === 0 ? (
              <p className="muted">{t('coverageView.thinNone')}</p>
            ) : (
              <ul className="list">
                {p.thinBranches.map((b) => (
                  <li key={b.branch.id} className="admin-row">
                    <span className="admin-row__main">{b.branch.name}</span>
                    <span className="badge badge--warning">
                      {t('coverageView.fullMembers', { count: b.fullMembers })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('coverageView.joint')}</h3>
            {p.jointBranches.length === 0 ? (
              <p className="muted">{t('coverageView.jointNone')}</p>
            ) : (
              <ul className="list">
                {p.jointBranches.map((j) => (
                  <li key={j.branch.id}>
                    <strong>{j.branch.name}</strong>
                    <span className="muted"> · {t('counts.firms', { count: j.firms.length })}</span>
                    <p className="joint-firms">{j.firms.map((f) => f.name).join('、')}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))}
      </div>
    </div>
  );
}
