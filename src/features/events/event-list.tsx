import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { FlagIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Tabs } from '../../components/ui/tabs.tsx';
import { hasMemberRole } from '../../shared/roles.ts';
import { useSession } from '../../sync/session.ts';
import { EventBadges } from './event-badges.tsx';
import { phaseOf } from './event-time.ts';
import { EventWhen } from './event-when.tsx';
import { useEventList } from './use-events.ts';
import { useNow } from './use-rolling-code.ts';
import './strings.ts';

type Tab = 'upcoming' | 'past';

export function EventList() {
  const { t } = useTranslation('events');
  const { user } = useSession();
  const items = useEventList();
  const now = useNow(30_000);
  const [tab, setTab] = useState<Tab>('upcoming');
  const organizer = !!user && (user.roles.includes('organizer') || user.roles.includes('admin'));
  const withPhase = (items ?? []).map((item) => ({ item, phase: phaseOf(item.event, now) }));
  const shown =
    tab === 'upcoming'
      ? withPhase.filter((x) => x.phase === 'upcoming' || x.phase === 'checkin')
      : withPhase.filter((x) => x.phase === 'past' || x.phase === 'cancelled').reverse();

  return (
    <div className="stack">
      <PageHeader
        title={t('title')}
        actions={
          organizer && (
            <>
              <Link className="btn btn--secondary btn--small" to="/events/stats">
                {t('stats.link')}
              </Link>
              <Link className="btn btn--primary btn--small" to="/events/plan">
                {t('plan.link')}
              </Link>
            </>
          )
        }
      />
      {hasMemberRole(user?.roles) && (
        <Link className="btn btn--secondary btn--block" to="/checkin">
          {t('checkin.open')}
        </Link>
      )}
      <Tabs
        label={t('title')}
        tabs={[
          { key: 'upcoming', label: t('tabs.upcoming') },
          { key: 'past', label: t('tabs.past') },
        ]}
        selected={tab}
        onSelect={setTab}
      >
        {items && shown.length === 0 ? (
          <EmptyState
            icon={<FlagIcon />}
            title={tab === 'upcoming' ? t('empty.title') : t('empty.pastTitle')}
            body={tab === 'upcoming' ? t('empty.body') : undefined}
          />
        ) : (
          <ul className="list event-list">
            {shown.map(({ item, phase }) => (
              <li key={item.event.id}>
                <Link className="event-row" to={`/events/${item.event.id}`}>
                  <span className="event-row__when">
                    <EventWhen event={item.event} />
                  </span>
                  <span className="event-row__title">{item.event.title}</span>
                  <span className="event-row__theme">{item.event.theme}</span>
                  <EventBadges item={item} phase={phase} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Tabs>
    </div>
  );
}
