import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import type { Row } from '../../db/types.ts';
import type { MemberAdminRecord } from '../../shared/org/records.ts';
import './strings.ts';

/** Activated, waiting (with its code, which the organizer hands over) or deactivated; never colour alone. */
export function MemberStatus({ member }: { member: Row<MemberAdminRecord> }) {
  const { t } = useTranslation('members');
  return (
    <span className="member-status">
      {member.disabled ? (
        <Badge tone="danger">{t('list.disabled')}</Badge>
      ) : member.activated ? (
        <Badge tone="success">{t('list.activated')}</Badge>
      ) : member.activationCode ? (
        <Badge tone="warning">{t('list.waitingCode', { code: member.activationCode })}</Badge>
      ) : (
        <Badge tone="warning">{t('list.waiting')}</Badge>
      )}
      {member.pending && <Badge tone="info">{t('waitingSync')}</Badge>}
    </span>
  );
}
