import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { uuidv7 } from '../../shared/ids.ts';
import { useSession } from '../../sync/session.ts';
import { BackLink } from '../requests/back-link.tsx';
import { subtree } from '../requests/overview-stats.ts';
import { useOrgs } from '../requests/use-requests.ts';
import { useVenues } from './use-venues.ts';
import { VenueEditor } from './venue-editor.tsx';
import type { VenueDraft } from './venue-form.ts';
import './strings.ts';

/** Organizers add, edit and close the rooms of the orgs they manage; every save works offline. */
export function ManageVenuesPage() {
  const { t } = useTranslation('bookings');
  const { user } = useSession();
  const venues = useVenues();
  const orgs = useOrgs();
  const [editing, setEditing] = useState<{ draft: VenueDraft; isNew: boolean } | null>(null);
  if (!user || !venues || !orgs) return null;
  const managed = subtree(orgs, user.orgId);
  const mine = venues.filter((v) => managed.has(v.orgId));
  const managedOrgs = orgs.filter((o) => managed.has(o.id));
  const add = () =>
    setEditing({
      isNew: true,
      draft: {
        id: uuidv7(),
        orgId: user.orgId,
        name: '',
        location: '',
        capacity: '20',
        opensAt: '08:00',
        closesAt: '22:00',
      },
    });
  return (
    <div className="stack">
      <PageHeader
        title={t('manage.title')}
        leading={<BackLink to="/services" />}
        actions={
          <Button small onClick={add}>
            {t('manage.add')}
          </Button>
        }
      />
      {mine.length === 0 && <EmptyState title={t('manage.none')} />}
      <ul className="list venue-list">
        {mine.map((v) => (
          <li key={v.id} className="venue-row">
            <span className="venue-row__name">{v.name}</span>
            <span className="muted">
              {v.location} · {t('capacity', { count: v.capacity })} ·{' '}
              {t('hours', { opens: v.opensAt, closes: v.closesAt })}
            </span>
            <Button
              small
              variant="secondary"
              aria-label={`${t('manage.edit')}：${v.name}`}
              onClick={() =>
                setEditing({
                  isNew: false,
                  draft: {
                    id: v.id,
                    orgId: v.orgId,
                    name: v.name,
                    location: v.location,
                    capacity: String(v.capacity),
                    opensAt: v.opensAt,
                    closesAt: v.closesAt,
                  },
                })
              }
            >
              {t('manage.edit')}
            </Button>
          </li>
        ))}
      </ul>
      {editing && (
        <VenueEditor
          key={editing.draft.id}
          draft={editing.draft}
          isNew={editing.isNew}
          orgs={managedOrgs}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
