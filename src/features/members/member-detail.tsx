import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { Select } from '../../components/ui/select.tsx';
import { formatDate } from '../../i18n/format.ts';
import { ROLES, SERVICE_GROUPS, type Role, type ServiceGroup } from '../../shared/groups.ts';
import { STANDINGS, type Standing } from '../../shared/org/kinds.ts';
import { CheckGroup } from './check-group.tsx';
import { MemberStatus } from './member-status.tsx';
import {
  moveMember,
  resetMember,
  setMemberActive,
  setMemberRoles,
  setMemberStanding,
} from './member-actions.ts';
import { useManaged, useMemberAdmin } from './use-members.ts';
import './strings.ts';

type Confirm = 'reset' | 'active' | null;

/** One account: its activation code to hand over, and what an organizer may change about it. */
export function MemberDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation('members');
  const member = useMemberAdmin(id);
  const { managed, orgs } = useManaged();
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [target, setTarget] = useState('');
  const [roles, setRoles] = useState<Role[] | null>(null);
  const [groups, setGroups] = useState<ServiceGroup[] | null>(null);
  const [standing, setStanding] = useState<Standing | ''>('');
  const [notice, setNotice] = useState('');

  if (member === undefined) return null;
  const name = member.name;
  const orgName = orgs.find((o) => o.id === member.orgId)?.name ?? '';
  const shownRoles = roles ?? (member.roles.filter((r) => ROLES.includes(r as Role)) as Role[]);
  const shownGroups =
    groups ??
    (member.groups.filter((g) => SERVICE_GROUPS.includes(g as ServiceGroup)) as ServiceGroup[]);
  const done = () => setNotice(t('detail.saved'));

  return (
    <article className="stack member-detail" aria-labelledby={`member-${id}`}>
      <header className="member-detail__head">
        <Link className="member-detail__back" to="/members">
          ‹ {t('detail.back')}
        </Link>
        <h2 id={`member-${id}`}>{name}</h2>
        <MemberStatus member={member} />
      </header>
      <dl className="dl">
        <dt>{t('detail.login')}</dt>
        <dd>{member.login}</dd>
        <dt>{t('list.org')}</dt>
        <dd>{orgName}</dd>
        <dt>{t('list.standingCol')}</dt>
        <dd>{t(`standing.${member.standing ?? 'unset'}`)}</dd>
        {member.joinedAt && (
          <>
            <dt>{t('detail.joinedAt')}</dt>
            <dd>{member.joinedAt.slice(0, 10)}</dd>
          </>
        )}
      </dl>

      <Card title={t('detail.activationCode')} level={3}>
        {member.activated ? (
          <p>{t('detail.noCode')}</p>
        ) : member.activationCode ? (
          <>
            <p className="activation-code">{member.activationCode}</p>
            {member.activationExpiresAt && (
              <p className="muted">
                {t('detail.activationExpires', {
                  date: formatDate(member.activationExpiresAt, i18n.language),
                })}
              </p>
            )}
            <p className="muted">{t('detail.activationHint')}</p>
          </>
        ) : (
          <p className="muted">{t('detail.codeAfterSync')}</p>
        )}
      </Card>

      {notice && (
        <p role="status" className="callout">
          {notice}
        </p>
      )}

      <div className="member-detail__actions">
        <Button variant="secondary" onClick={() => setConfirm('reset')}>
          {t('detail.reset')}
        </Button>
        <Button
          variant={member.disabled ? 'secondary' : 'danger'}
          onClick={() => setConfirm('active')}
        >
          {member.disabled ? t('detail.reactivate') : t('detail.deactivate')}
        </Button>
      </div>

      <Card title={t('detail.move')} level={3}>
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!target || target === member.orgId) return;
            void moveMember(id, target).then(done);
          }}
        >
          <Select
            label={t('detail.moveTo')}
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            options={[
              { value: '', label: '—' },
              ...(managed ?? [])
                .filter(({ org }) => org.id !== member.orgId)
                .map(({ org, depth }) => ({
                  value: org.id,
                  label: `${'\u3000'.repeat(depth)}${org.name}`,
                })),
            ]}
          />
          <Button type="submit" variant="secondary" disabled={!target}>
            {t('detail.moveSubmit')}
          </Button>
        </form>
      </Card>

      <Card title={t('detail.rolesTitle')} level={3}>
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void setMemberRoles({ userId: id, roles: shownRoles, groups: shownGroups }).then(done);
          }}
        >
          <CheckGroup
            legend={t('detail.rolesLegend')}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={shownRoles}
            onChange={setRoles}
          />
          <CheckGroup
            legend={t('detail.groupsLegend')}
            options={SERVICE_GROUPS.map((g) => ({ value: g, label: t(`groups.${g}`) }))}
            value={shownGroups}
            onChange={setGroups}
          />
          <Button type="submit" variant="secondary">
            {t('detail.saveRoles')}
          </Button>
        </form>
      </Card>

      <Card title={t('detail.standingTitle')} level={3}>
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            const next = standing || member.standing;
            if (!next) return;
            void setMemberStanding({ userId: id, standing: next }).then(done);
          }}
        >
          <Select
            label={t('detail.standingTitle')}
            value={standing || member.standing || ''}
            onChange={(event) => setStanding(event.target.value as Standing)}
            options={[
              ...(member.standing ? [] : [{ value: '', label: t('standing.unset') }]),
              ...STANDINGS.map((s) => ({ value: s, label: t(`standing.${s}`) })),
            ]}
          />
          <Button type="submit" variant="secondary">
            {t('detail.saveStanding')}
          </Button>
        </form>
      </Card>

      <ConfirmDialog
        open={confirm === 'reset'}
        title={t('detail.resetConfirmTitle', { name })}
        body={<p>{t('detail.resetConfirmBody')}</p>}
        confirmLabel={t('detail.reset')}
        cancelLabel={t('cancel')}
        danger
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          setConfirm(null);
          void resetMember(id).then(done);
        }}
      />
      <ConfirmDialog
        open={confirm === 'active'}
        title={
          member.disabled
            ? t('detail.reactivateConfirmTitle', { name })
            : t('detail.deactivateConfirmTitle', { name })
        }
        body={
          <p>
            {member.disabled
              ? t('detail.reactivateConfirmBody')
              : t('detail.deactivateConfirmBody')}
          </p>
        }
        confirmLabel={member.disabled ? t('detail.reactivate') : t('detail.deactivate')}
        cancelLabel={t('cancel')}
        danger={!member.disabled}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          setConfirm(null);
          void setMemberActive(id, member.disabled).then(done);
        }}
      />
    </article>
  );
}
