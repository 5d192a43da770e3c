import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { SERVICE_GROUPS, type ServiceGroup } from '../../shared/groups.ts';
import type { Account } from './accounts.ts';
import { setRoles } from './admin-actions.ts';
import { AdminRefused } from './admin-refused.tsx';
import { BackLink } from './back-link.tsx';
import { withGroup, withRole } from './roles.ts';
import { useAdminData, useViewer } from './use-admin-data.ts';
import { GroupLimitForm } from './group-limit-form.tsx';
import { useServiceGroups } from '../requests/use-service-groups.ts';
import { useSession } from '../../sync/session.ts';
import { maySetLimit } from '../../shared/time-limit.ts';
import type { ServiceGroupRecord } from '../../shared/records.ts';
import './strings.ts';

/**
 * The seven service groups, their staff and their time limits; adding or removing staff is a
 * `member.roles`, a limit a `group.save`.
 */
export function GroupsPage() {
  const { t } = useTranslation('admin');
  const data = useAdminData();
  const records = useServiceGroups();
  const { user } = useSession();
  const { viewer, managed } = useViewer(data?.orgs);
  const [removing, setRemoving] = useState<{ account: Account; group: ServiceGroup } | null>(null);
  const accounts = useMemo(
    () =>
      (data?.accounts ?? [])
        .filter((a) => managed.has(a.orgId) && !a.disabled)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    [data, managed],
  );
  if (!data || !viewer) return <p className="route-loading">{t('loading')}</p>;

  const remove = (account: Account, group: ServiceGroup) => {
    const groups = withGroup(account.groups, group, false);
    // with no group left, the account is no longer staff
    const roles = withRole(account.roles, 'staff', groups.length > 0);
    void setRoles({ userId: account.id, roles, groups });
  };

  return (
    <div className="stack">
      <PageHeader title={t('groups.title')} leading={<BackLink />} />
      <p className="muted">{t('groups.intro')}</p>
      <AdminRefused names={['member.roles', 'group.save']} />
      <div className="park-grid">
        {SERVICE_GROUPS.map((g) => (
          <GroupCard
            key={g}
            group={g}
            accounts={accounts}
            record={records?.get(g)}
            mayEditLimit={!!user && maySetLimit(user, g)}
            onRemove={(account) => setRemoving({ account, group: g })}
          />
        ))}
      </div>
      {removing && (
        <ConfirmDialog
          open
          danger
          title={t('groups.removeConfirmTitle')}
          body={t('groups.removeConfirm', {
            name: removing.account.name,
            group: t(`groups.name.${removing.group}`),
          })}
          confirmLabel={t('groups.removeDo')}
          cancelLabel={t('cancel')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            remove(removing.account, removing.group);
            setRemoving(null);
          }}
        />
      )}
    </div>
  );
}

interface GroupCardProps {
  group: ServiceGroup;
  accounts: readonly Account[];
  record: ServiceGroupRecord | undefined;
  mayEditLimit: boolean;
  onRemove: (account: Account) => void;
}

function GroupCard({ group, accounts, record, mayEditLimit, onRemove }: GroupCardProps) {
  const { t } = useTranslation('admin');
  const name = t(`groups.name.${group}`);
  const staff = accounts.filter((a) => a.roles.includes('staff') && a.groups.includes(group));
  const others = accounts.filter((a) => !staff.includes(a));
  const [pick, setPick] = useState('');
  const chosen = others.find((a) => a.id === pick) ?? others[0];
  return (
    <Card title={name} level={2}>
      <h3 className="visually-hidden">{t('groups.limit.title')}</h3>
      {record && (
        <GroupLimitForm
          key={`${record.timeLimit?.unit ?? ''}${record.timeLimit?.amount ?? ''}`}
          group={group}
          limit={record.timeLimit}
          editable={mayEditLimit}
        />
      )}
      <h3 className="visually-hidden">{t('groups.staff')}</h3>
      {staff.length === 0 ? (
        <p className="muted">{t('groups.none')}</p>
      ) : (
        <ul className="list">
          {staff.map((a) => (
            <li key={a.id} className="admin-row">
              <span className="admin-row__main">{a.name}</span>
              <Button
                small
                variant="secondary"
                aria-label={t('groups.removeLabel', { name: a.name, group: name })}
                onClick={() => onRemove(a)}
              >
                {t('groups.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {others.length === 0 ? (
        <p className="muted">{t('groups.pickNone')}</p>
      ) : (
        <div className="inline-form">
          <Select
            label={t('groups.add')}
            value={chosen?.id ?? ''}
            onChange={(e) => setPick(e.target.value)}
            options={others.map((a) => ({ value: a.id, label: `${a.name}（${a.login}）` }))}
          />
          <Button
            small
            disabled={!chosen}
            onClick={() =>
              chosen &&
              void setRoles({
                userId: chosen.id,
                roles: withRole(chosen.roles, 'staff', true),
                groups: withGroup(chosen.groups, group, true),
              })
            }
          >
            {t('groups.addDo')}
          </Button>
        </div>
      )}
    </Card>
  );
}
