import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Card } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { FlagIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { hasMemberRole } from '../../shared/roles.ts';
import { useSession } from '../../sync/session.ts';
import { RefusedHere } from '../me/refused-here.tsx';
import { AgendaList } from './agenda-list.tsx';
import { BackLink } from './back-link.tsx';
import { EventBadges } from './event-badges.tsx';
import { phaseOf } from './event-time.ts';
import { EventWhen } from './event-when.tsx';
import { ShareActions } from '../notify/share-actions.tsx';
import { MessageWall } from './message-wall.tsx';
import { RsvpButtons } from './rsvp-buttons.tsx';
import { useEventDetail, useOrganizes } from './use-events.ts';
import { useNow } from './use-rolling-code.ts';
import './strings.ts';

export function EventDetailPage() {
  const { t } = useTranslation('events');
  const { id } = useParams();
  const detail = useEventDetail(id);
  const organizes = useOrganizes(detail?.event.orgId);
  // RSVP, check-in and wall posts are the member role's (the server refuses them to others).
  const session = useSession();
  const member = hasMemberRole(session.user?.roles);
  const now = useNow(30_000);
  if (detail === undefined || !session.ready) return null;
  if (detail === null) {
    return (
      <div className="stack">
        <PageHeader title={t('title')} leading={<BackLink to="/events" />} />
        <EmptyState icon={<FlagIcon />} title={t('detail.missing')} />
      </div>
    );
  }
  const { event, rsvp, checkin, wall, going } = detail;
  const phase = phaseOf(event, now);
  const canPost = member && (!!checkin || rsvp?.status === 'going');
  return (
    <div className="stack">
      <PageHeader title={event.title} leading={<BackLink to="/events" />} />
      <RefusedHere target={event.id} />
      <Card>
        <p className="event-theme">
          <span className="muted">{t('detail.theme')}</span> {event.theme}
        </p>
        <dl className="dl">
          <dt>{t('detail.when')}</dt>
          <dd>
            <EventWhen event={event} />
          </dd>
          <dt>{t('detail.venue')}</dt>
          <dd>{event.venue}</dd>
          {/* Members hold only their own RSVP (private records), so only organizers see a count. */}
          {organizes && (
            <>
              <dt>{t('detail.going')}</dt>
              <dd>
                {event.capacity
                  ? t('detail.goingOf', { count: going, capacity: event.capacity })
                  : t('detail.goingCount', { count: going })}
              </dd>
            </>
          )}
        </dl>
        <EventBadges item={detail} phase={phase} />
        <ShareActions
          item={{
            id: event.id,
            kind: 'event',
            title: event.title,
            start: new Date(event.startsAt),
            end: new Date(event.endsAt),
            location: event.venue,
            description: event.theme,
            cancelled: event.status === 'cancelled',
            path: `/events/${event.id}`,
          }}
          text={`${event.theme} · ${event.venue}`}
        />
      </Card>
      <Card title={t('agenda.title')}>
        <AgendaList agenda={event.agenda} />
      </Card>
      {member && (phase === 'upcoming' || phase === 'checkin') && (
        <Card title={t('rsvp.title')}>
          <RsvpButtons eventId={event.id} rsvp={rsvp} />
        </Card>
      )}
      {!member && phase !== 'cancelled' && <p className="muted">{t('membersOnly')}</p>}
      {member && phase === 'checkin' && !checkin && (
        <Link className="btn btn--primary btn--block" to={`/checkin?event=${event.id}`}>
          {t('checkin.cta')}
        </Link>
      )}
      {organizes && (
        <Card title={t('organizer.title')}>
          <div className="button-column">
            {phase !== 'cancelled' && (
              <Link className="btn btn--primary btn--block" to={`/events/${event.id}/desk`}>
                {t('organizer.desk')}
              </Link>
            )}
            <Link className="btn btn--secondary btn--block" to={`/events/${event.id}/attendance`}>
              {t('organizer.attendance')}
            </Link>
            {phase !== 'cancelled' && (
              <Link className="btn btn--secondary btn--block" to={`/events/${event.id}/edit`}>
                {t('organizer.edit')}
              </Link>
            )}
          </div>
        </Card>
      )}
      <MessageWall
        eventId={event.id}
        posts={wall}
        hidden={detail.hidden}
        userId={session.user?.id}
        canPost={canPost}
        canModerate={organizes}
        locked={member ? t('wall.locked') : null}
      />
    </div>
  );
}
