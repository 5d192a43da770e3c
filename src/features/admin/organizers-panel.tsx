import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { isValidPhone } from '../../shared/org/phone.ts';
import type { OrgRecord } from '../../shared/records.ts';
import type { Account } from './accounts.ts';
import { createAccount, setRoles } from './admin-actions.ts';
import { withGroup, withRole } from './roles.ts';
import './strings.ts';

interface OrganizersPanelProps {
  org: OrgRecord;
  accounts: readonly Account[];
  /** the viewer manages this node (organizers above it and admins) */
  mayName: boolean;
}

/** The node's organizers; naming one gives a member of the node the role, or makes an account. */
export function OrganizersPanel({ org, accounts, mayName }: OrganizersPanelProps) {
  const { t } = useTranslation('admin');
  const here = accounts.filter((a) => a.orgId === org.id && !a.disabled);
  const organizers = here.filter((a) => a.roles.includes('organizer'));
  const candidates = here.filter((a) => !a.roles.includes('organizer'));
  const [pick, setPick] = useState('');
  const [removing, setRemoving] = useState<Account | null>(null);
  const [giving, setGiving] = useState<Account | null>(null);
  const chosen = candidates.find((a) => a.id === pick) ?? candidates[0];

  return (
    <Card title={t('organizers.title')} level={3}>
      {organizers.length === 0 ? (
        <p className="muted">{t('organizers.none')}</p>
      ) : (
        <ul className="list">
          {organizers.map((a) => (
            <li key={a.id} className="admin-row">
              <span className="admin-row__main">
                {a.name} <span className="muted">{a.login}</span>
              </span>
              {mayName && (
                <Button
                  small
                  variant="secondary"
                  aria-label={t('organizers.removeLabel', { name: a.name })}
                  onClick={() => setRemoving(a)}
                >
                  {t('organizers.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayName && (
        <>
          {candidates.length === 0 ? (
            <p className="muted">{t('organizers.pickNone')}</p>
          ) : (
            <div className="inline-form">
              <Select
                label={t('organizers.pick')}
                value={chosen?.id ?? ''}
                onChange={(e) => setPick(e.target.value)}
                options={candidates.map((a) => ({ value: a.id, label: `${a.name}（${a.login}）` }))}
              />
              <Button small disabled={!chosen} onClick={() => chosen && setGiving(chosen)}>
                {t('organizers.give')}
              </Button>
            </div>
          )}
          <NewOrganizer orgId={org.id} />
        </>
      )}
      {giving && (
        <ConfirmDialog
          open
          title={t('organizers.giveConfirmTitle')}
          body={t('organizers.giveConfirm', { name: giving.name, org: org.name })}
          confirmLabel={t('organizers.give')}
          cancelLabel={t('cancel')}
          onCancel={() => setGiving(null)}
          onConfirm={() => {
            void setRoles({
              userId: giving.id,
              roles: withRole(giving.roles, 'organizer', true),
              groups: withGroup(giving.groups, null, false),
            });
            setGiving(null);
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          open
          danger
          title={t('organizers.removeConfirmTitle')}
          body={t('organizers.removeConfirm', { name: removing.name, org: org.name })}
          confirmLabel={t('organizers.removeDo')}
          cancelLabel={t('cancel')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            void setRoles({
              userId: removing.id,
              roles: withRole(removing.roles, 'organizer', false),
              groups: withGroup(removing.groups, null, false),
            });
            setRemoving(null);
          }}
        />
      )}
    </Card>
  );
}

function NewOrganizer({ orgId }: { orgId: string }) {
  const { t } = useTranslation('admin');
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<{ name?: string; phone?: string }>({});
  if (!open) {
    return (
      <Button small variant="ghost" onClick={() => setOpen(true)}>
        {t('organizers.create')}
      </Button>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next = {
      name: name.trim() ? undefined : t('tree.nameRequired'),
      phone: !phone.trim()
        ? t('organizers.phoneRequired')
        : isValidPhone(phone)
          ? undefined
          : t('organizers.phoneInvalid'),
    };
    setErrors(next);
    if (next.name || next.phone) return;
    try {
      // Saved on this device (and queued) before the form closes; a failure keeps what was typed.
      await createAccount({
        orgId,
        name: name.trim(),
        phone: phone.trim(),
        roles: ['organizer'],
        groups: [],
      });
    } catch {
      return; // the shell says why (write-failed-notice.tsx); the form keeps what was typed
    }
    setName('');
    setPhone('');
    setOpen(false);
  };
  return (
    <form
      className="form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('organizers.create')}
    >
      <p className="muted">{t('organizers.createHint')}</p>
      <TextField
        label={t('organizers.personName')}
        value={name}
        maxLength={40}
        error={errors.name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        label={t('organizers.phone')}
        value={phone}
        inputMode="tel"
        autoComplete="off"
        maxLength={20}
        error={errors.phone}
        onChange={(e) => setPhone(e.target.value)}
      />
      <div className="button-row">
        <Button variant="secondary" small onClick={() => setOpen(false)}>
          {t('cancel')}
        </Button>
        <Button type="submit" small>
          {t('organizers.createDo')}
        </Button>
      </div>
    </form>
  );
}
