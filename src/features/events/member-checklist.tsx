import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import type { AttendanceRow } from './attendance.ts';
import { checkInManually } from './event-actions.ts';
import './strings.ts';

/** Members not yet checked in first; a tap records a manual check-in (no phone, no card). */
export function MemberChecklist({ eventId, rows }: { eventId: string; rows: AttendanceRow[] }) {
  const { t } = useTranslation('events');
  const sorted = [...rows].sort((a, b) => Number(!!a.checkin) - Number(!!b.checkin));
  return (
    <Card title={t('desk.listTitle')}>
      <ul className="list">
        {sorted.map((r) => (
          <li key={r.user.id} className="member-row">
            <span className="member-row__name">{r.user.name}</span>
            {r.checkin ? (
              <Badge tone={r.checkin.pending ? 'warning' : 'success'}>
                {r.checkin.pending ? t('status.checkinPending') : t('status.checkedIn')}
              </Badge>
            ) : (
              <Button
                small
                variant="secondary"
                aria-label={t('desk.manualFor', { name: r.user.name })}
                onClick={() => void checkInManually(eventId, r.user.id)}
              >
                {t('desk.manual')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
