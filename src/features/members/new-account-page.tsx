import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { ROLES, SERVICE_GROUPS, type Role, type ServiceGroup } from '../../shared/groups.ts';
import { STANDINGS, type Standing } from '../../shared/org/kinds.ts';
import { isValidPhone, normalizePhone } from '../../shared/org/phone.ts';
import { CheckGroup } from './check-group.tsx';
import { createAccount } from './member-actions.ts';
import { MembersNav } from './members-nav.tsx';
import { useManaged } from './use-members.ts';
import './strings.ts';

/** One account made by hand, for staff, an instructor or an organizer; works offline. */
export function NewAccountPage() {
  const { t } = useTranslation('members');
  const navigate = useNavigate();
  const { managed } = useManaged();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [orgId, setOrgId] = useState('');
  const [roles, setRoles] = useState<Role[]>(['staff']);
  const [groups, setGroups] = useState<ServiceGroup[]>([]);
  const [standing, setStanding] = useState<Standing | ''>('');
  const [tried, setTried] = useState(false);
  const org = orgId || managed?.[0]?.org.id || '';
  const phoneError = phone.trim() && !isValidPhone(phone) ? t('phone.invalid') : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!name.trim() || !isValidPhone(phone) || roles.length === 0 || !org) return;
    const id = await createAccount({
      orgId: org,
      name: name.trim(),
      phone: normalizePhone(phone),
      roles,
      groups,
      standing: standing || null,
    });
    navigate(`/members/m/${id}`);
  };

  return (
    <div className="stack">
      <PageHeader title={t('newAccount.title')} />
      <MembersNav />
      <p className="muted">{t('newAccount.intro')}</p>
      <form className="form card new-account" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('newAccount.name')}
          value={name}
          maxLength={40}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
          error={tried && !name.trim() ? t('join.required') : null}
          required
        />
        <TextField
          label={t('newAccount.phone')}
          type="tel"
          inputMode="tel"
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          error={phoneError ?? (tried && !phone.trim() ? t('phone.invalid') : null)}
          required
        />
        <Select
          label={t('newAccount.org')}
          value={org}
          onChange={(event) => setOrgId(event.target.value)}
          options={(managed ?? []).map(({ org: o, depth }) => ({
            value: o.id,
            label: `${'\u3000'.repeat(depth)}${o.name}`,
          }))}
        />
        <CheckGroup
          legend={t('detail.rolesLegend')}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={roles}
          onChange={setRoles}
        />
        {tried && roles.length === 0 && (
          <p className="field__error" role="alert">
            {t('newAccount.rolesRequired')}
          </p>
        )}
        <CheckGroup
          legend={t('detail.groupsLegend')}
          options={SERVICE_GROUPS.map((g) => ({ value: g, label: t(`groups.${g}`) }))}
          value={groups}
          onChange={setGroups}
        />
        <Select
          label={t('newAccount.standing')}
          value={standing}
          onChange={(event) => setStanding(event.target.value as Standing | '')}
          options={[
            { value: '', label: t('standing.unset') },
            ...STANDINGS.map((s) => ({ value: s, label: t(`standing.${s}`) })),
          ]}
        />
        <Button type="submit" block>
          {t('newAccount.submit')}
        </Button>
      </form>
    </div>
  );
}
