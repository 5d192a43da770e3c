import { useTranslation } from 'react-i18next';
import { Card } from '../../components/ui/card.tsx';
import { QrCode } from '../../components/ui/qr-code.tsx';
import { formatDate } from '../../i18n/format.ts';
import type { SessionUser } from '../../shared/protocol.ts';
import { ROLES, type Role } from '../../shared/groups.ts';
import { hasMemberRole } from '../../shared/roles.ts';
import { useOrgName } from './use-org-name.ts';
import './strings.ts';

interface MemberCardProps {
  user: SessionUser;
  card: { token: string; expiresAt: string } | null;
}

function isRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

/**
 * The member card an organizer scans at a party day ("I'm here"). Check-in is the member role's:
 * a staff or admin account without it gets an account card with what the account is for, and no
 * code that an organizer could not use.
 */
export function MemberCard({ user, card }: MemberCardProps) {
  const { t, i18n } = useTranslation('me');
  const orgName = useOrgName(user.orgId);
  const known = user.roles.filter(isRole);
  const roles = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    known.map((role) => t(`roles.${role}`)),
  );
  if (!hasMemberRole(user.roles)) {
    return (
      <Card className="member-card" title={t('account.title')}>
        <p className="member-card__name">{user.name}</p>
        <dl className="dl">
          <dt>{t('card.org')}</dt>
          <dd>{orgName ?? t('card.orgUnknown')}</dd>
          <dt>{t('card.role')}</dt>
          <dd>{roles || t('account.noRole')}</dd>
        </dl>
        <ul className="member-card__duties">
          {known.map((role) => (
            <li key={role}>{t(`account.duty.${role}`)}</li>
          ))}
        </ul>
      </Card>
    );
  }
  return (
    <Card className="member-card" title={t('card.title')}>
      <p className="member-card__name">{user.name}</p>
      <dl className="dl">
        <dt>{t('card.org')}</dt>
        <dd>{orgName ?? t('card.orgUnknown')}</dd>
        <dt>{t('card.role')}</dt>
        <dd>{roles || t('roles.member')}</dd>
      </dl>
      <div className="member-card__qr">
        {card ? (
          <>
            <QrCode value={card.token} label={t('card.qrLabel', { name: user.name })} />
            <p className="muted">{t('card.qrHint')}</p>
            <p className="muted">
              {t('card.validUntil', { date: formatDate(card.expiresAt, i18n.language) })}
            </p>
          </>
        ) : (
          <p className="muted">{t('card.none')}</p>
        )}
      </div>
    </Card>
  );
}
