import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import { CheckIcon, ClockIcon } from '../../components/ui/icons.tsx';
import type { EventListItem } from './use-events.ts';
import type { EventPhase } from './event-time.ts';
import './strings.ts';

/** The state of a party day for this member, as short badges. */
export function EventBadges({ item, phase }: { item: EventListItem; phase: EventPhase }) {
  const { t } = useTranslation('events');
  return (
    <span className="event-badges">
      {phase === 'checkin' && <Badge tone="primary">{t('phase.checkin')}</Badge>}
      {phase === 'cancelled' && <Badge tone="danger">{t('phase.cancelled')}</Badge>}
      {item.checkin ? (
        item.checkin.pending ? (
          <Badge tone="warning" icon={<ClockIcon />}>
            {t('status.checkinPending')}
          </Badge>
        ) : (
          <Badge tone="success" icon={<CheckIcon />}>
            {t('status.checkedIn')}
          </Badge>
        )
      ) : item.rsvp?.status === 'going' ? (
        <Badge tone="info">{t('status.going')}</Badge>
      ) : item.rsvp?.status === 'not_going' ? (
        <Badge tone="neutral">{t('status.notGoing')}</Badge>
      ) : null}
    </span>
  );
}
