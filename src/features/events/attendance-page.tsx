import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Tabs } from '../../components/ui/tabs.tsx';
import { formatFileDate } from '../../i18n/format.ts';
import type { AttendanceRow } from './attendance.ts';
import { BackLink } from './back-link.tsx';
import { downloadAttendanceCsv } from './event-actions.ts';
import { EventWhen } from './event-when.tsx';
import { useAttendance } from './use-attendance.ts';
import { useEventDetail, useOrganizes } from './use-events.ts';
import './strings.ts';

type Tab = 'came' | 'missed' | 'rest';

/** Who answered, who came and who did not, with the sheet for Excel. */
export function AttendancePage() {
  const { t, i18n } = useTranslation('events');
  const { id = '' } = useParams();
  const detail = useEventDetail(id);
  const organizes = useOrganizes(detail?.event.orgId);
  const attendance = useAttendance(detail?.event);
  const [tab, setTab] = useState<Tab>('came');
  const [error, setError] = useState<string | null>(null);
  if (!detail) return null;
  const back = <BackLink to={`/events/${id}`} />;
  if (!organizes) {
    return (
      <div className="stack">
        <PageHeader title={t('attendance.title')} leading={back} />
        <p>{t('desk.notOrganizer')}</p>
      </div>
    );
  }
  const rows = attendance?.rows ?? [];
  const lists: Record<Tab, AttendanceRow[]> = {
    came: rows.filter((r) => r.checkin),
    missed: rows.filter((r) => !r.checkin && r.rsvp === 'going'),
    rest: rows.filter((r) => !r.checkin && r.rsvp !== 'going'),
  };
  const download = () => {
    setError(null);
    const day = formatFileDate(detail.event.startsAt, i18n.language);
    downloadAttendanceCsv(id, `${detail.event.title}-${day}.csv`).catch(() =>
      setError(t('attendance.downloadFailed')),
    );
  };
  return (
    <div className="stack">
      <PageHeader title={t('attendance.title')} leading={back} />
      <Card title={detail.event.title} className="stack">
        <p className="muted">
          <EventWhen event={detail.event} />
        </p>
        <dl className="dl">
          <dt>{t('attendance.members')}</dt>
          <dd>{rows.length}</dd>
          <dt>{t('attendance.going')}</dt>
          <dd>{attendance?.going ?? 0}</dd>
          <dt>{t('attendance.came')}</dt>
          <dd>{attendance?.came ?? 0}</dd>
          <dt>{t('attendance.rate')}</dt>
          <dd>
            {rows.length
              ? new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(
                  (attendance?.came ?? 0) / rows.length,
                )
              : '—'}
          </dd>
        </dl>
        <Button variant="secondary" block onClick={download}>
          {t('attendance.download')}
        </Button>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <Link className="btn btn--ghost btn--block" to="/events/stats">
          {t('stats.link')}
        </Link>
      </Card>
      <Tabs
        label={t('attendance.title')}
        tabs={[
          { key: 'came', label: t('attendance.tabCame', { count: lists.came.length }) },
          { key: 'missed', label: t('attendance.tabMissed', { count: lists.missed.length }) },
          { key: 'rest', label: t('attendance.tabRest', { count: lists.rest.length }) },
        ]}
        selected={tab}
        onSelect={setTab}
      >
        {lists[tab].length === 0 ? (
          <p className="muted">{t('attendance.nobody')}</p>
        ) : (
          <ul className="list">
            {lists[tab].map((r) => (
              <li key={r.user.id} className="member-row">
                <span className="member-row__name">{r.user.name}</span>
                <RowBadge row={r} />
              </li>
            ))}
          </ul>
        )}
      </Tabs>
    </div>
  );
}

function RowBadge({ row }: { row: AttendanceRow }) {
  const { t } = useTranslation('events');
  if (row.checkin) {
    return (
      <Badge tone={row.checkin.pending ? 'warning' : 'success'}>
        {t(`method.${row.checkin.method}`)}
      </Badge>
    );
  }
  if (row.rsvp === 'going') return <Badge tone="danger">{t('attendance.absent')}</Badge>;
  if (row.rsvp === 'not_going') return <Badge tone="neutral">{t('status.notGoing')}</Badge>;
  return <Badge tone="neutral">{t('attendance.noAnswer')}</Badge>;
}
