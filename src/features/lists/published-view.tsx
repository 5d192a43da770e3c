import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useSession } from '../../sync/session.ts';
import { groupName } from '../requests/group-label.ts';
import '../requests/strings.ts';
import { exportCsv, exportXlsx, publicationTable } from './export.ts';
import { mayWorkLists, quarterLabel } from './labels.ts';
import { usePublications, type PublicationRow } from './use-lists.ts';
import './strings.ts';

const STATUS_TONE = {
  open: 'warning',
  claimed: 'info',
  in_progress: 'info',
  closed: 'success',
} as const;

/** 三张清单 as a member reads them: the published snapshots of their park, offline. */
export function PublishedView() {
  const { t, i18n } = useTranslation('lists');
  const { t: tr } = useTranslation('requests');
  const { user } = useSession();
  const publications = usePublications();
  const [chosen, setChosen] = useState<string | null>(null);
  const locale = i18n.language;
  const group = (key: string | null) => (key ? groupName(tr, key) : '');
  const current: PublicationRow | undefined =
    publications?.find((p) => p.id === chosen) ?? publications?.[0];

  return (
    <div className="stack lists">
      <PageHeader
        title={t('title')}
        leading={
          <Link to="/me" className="icon-btn no-print" aria-label={t('back')}>
            <span aria-hidden="true">‹</span>
          </Link>
        }
        actions={
          mayWorkLists(user?.roles) ? (
            <Link to="/lists/work" className="btn btn--secondary btn--small">
              {t('published.workbench')}
            </Link>
          ) : undefined
        }
      />
      {publications && publications.length === 0 && (
        <EmptyState title={t('published.empty')} body={t('published.emptyBody')} />
      )}
      {publications && publications.length > 1 && (
        <div className="no-print">
          <Select
            label={t('quarterLabel')}
            value={current?.id ?? ''}
            onChange={(e) => setChosen(e.target.value)}
            options={publications.map((p) => ({
              value: p.id,
              label: `${p.orgName} · ${quarterLabel(t, p.quarter)}`,
            }))}
          />
        </div>
      )}
      {current && (
        <article className="card lists-sheet" aria-labelledby="lists-sheet-title">
          <h2 id="lists-sheet-title" className="lists-sheet__title">
            {current.orgName} · {quarterLabel(t, current.quarter)} · {t('title')}
          </h2>
          <p className="muted">
            {t('published.at', {
              name: current.publishedByName,
              time: formatDateTime(current.publishedAt, locale),
            })}
          </p>
          <div className="lists-actions no-print">
            <Button
              variant="secondary"
              small
              onClick={() => exportCsv(current, publicationTable(current, t, group, locale))}
            >
              {t('published.exportCsv')}
            </Button>
            <Button
              variant="secondary"
              small
              onClick={() => void exportXlsx(current, publicationTable(current, t, group, locale))}
            >
              {t('published.exportXlsx')}
            </Button>
            <Button variant="secondary" small onClick={() => window.print()}>
              {t('published.print')}
            </Button>
          </div>

          <section aria-labelledby="lists-needs" className="lists-section">
            <h3 id="lists-needs">{t('kinds.need')}</h3>
            {current.needs.length === 0 && <p className="muted">{t('published.none')}</p>}
            <ul className="lists-entries">
              {current.needs.map((n) => (
                <li key={n.id} className="lists-entry">
                  <div className="lists-entry__head">
                    <strong>{n.title}</strong>
                    <Badge tone={STATUS_TONE[n.status]}>{t(`status.${n.status}`)}</Badge>
                  </div>
                  {n.description && <p>{n.description}</p>}
                  <p className="muted">
                    {n.claimedGroup
                      ? t('published.claimedBy', { group: group(n.claimedGroup) })
                      : group(n.category)}
                  </p>
                  {n.resourceTitle && <p>{t('published.matched', { title: n.resourceTitle })}</p>}
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="lists-resources" className="lists-section">
            <h3 id="lists-resources">{t('kinds.resource')}</h3>
            {current.resources.length === 0 && <p className="muted">{t('published.none')}</p>}
            <ul className="lists-entries">
              {current.resources.map((r) => (
                <li key={r.id} className="lists-entry">
                  <div className="lists-entry__head">
                    <strong>{r.title}</strong>
                    {r.category && <Badge>{group(r.category)}</Badge>}
                  </div>
                  {r.description && <p>{r.description}</p>}
                  {r.provider && (
                    <p className="muted">{t('published.provider', { provider: r.provider })}</p>
                  )}
                  {r.contact && (
                    <p className="muted">{t('published.contact', { contact: r.contact })}</p>
                  )}
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="lists-activities" className="lists-section">
            <h3 id="lists-activities">{t('kinds.activity')}</h3>
            {current.activities.length === 0 && <p className="muted">{t('published.none')}</p>}
            <ul className="lists-entries">
              {current.activities.map((a) => (
                <li key={a.id} className="lists-entry">
                  <strong>{a.title}</strong>
                  {a.description && <p>{a.description}</p>}
                  {a.startsAt && (
                    <p className="muted">
                      {t('published.when', { time: formatDateTime(a.startsAt, locale) })}
                    </p>
                  )}
                  {a.venue && <p className="muted">{t('published.venue', { venue: a.venue })}</p>}
                </li>
              ))}
            </ul>
          </section>
        </article>
      )}
    </div>
  );
}
