import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { PUBLISH_KINDS, type PublishKind } from '../../shared/notices/kinds.ts';
import { useSession } from '../../sync/session.ts';
import { publishNotice } from './inbox-actions.ts';
import { usePublishOrgs } from './use-publish-orgs.ts';
import './strings.ts';

/**
 * The publishing form (organizers, staff, admins): who receives it (their own org or one below),
 * the kind, a title and the text. Works offline: the notice goes out with the next sync.
 */
export function PublishPage() {
  const { t } = useTranslation('inbox');
  const { user } = useSession();
  const orgs = usePublishOrgs(user);
  const navigate = useNavigate();
  const [orgId, setOrgId] = useState('');
  const [kind, setKind] = useState<PublishKind>('announcement');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<{ org?: string; title?: string; body?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const chosen = orgId || orgs?.[0]?.id || '';
  const orgName = orgs?.find((o) => o.id === chosen)?.name ?? '';

  const check = (e: FormEvent) => {
    e.preventDefault();
    const next = {
      org: chosen ? undefined : t('form.errors.org'),
      title: title.trim() && title.trim().length <= 80 ? undefined : t('form.errors.title'),
      body: body.length <= 4000 ? undefined : t('form.errors.body'),
    };
    setErrors(next);
    if (!next.org && !next.title && !next.body) setConfirming(true);
  };
  const publish = async () => {
    setConfirming(false);
    await publishNotice({ orgId: chosen, kind, title: title.trim(), body: body.trim() });
    navigate('/inbox', { replace: true });
  };

  return (
    <div className="stack">
      <PageHeader
        title={t('form.title')}
        leading={
          <Link className="icon-btn back-link" to="/inbox" aria-label={t('back')} title={t('back')}>
            <span aria-hidden="true">‹</span>
          </Link>
        }
      />
      {orgs && orgs.length === 0 ? (
        <p className="muted">{t('form.noOrgs')}</p>
      ) : (
        <form className="stack inbox-form" onSubmit={check} noValidate>
          <Select
            label={t('form.org')}
            hint={t('form.orgHint')}
            error={errors.org}
            value={chosen}
            onChange={(e) => setOrgId(e.target.value)}
            options={(orgs ?? []).map((o) => ({
              value: o.id,
              label: `${'\u3000'.repeat(o.depth)}${o.name}`,
            }))}
          />
          <Select
            label={t('form.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as PublishKind)}
            options={PUBLISH_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
          <TextField
            label={t('form.heading')}
            error={errors.title}
            value={title}
            maxLength={80}
            required
            onChange={(e) => setTitle(e.target.value)}
          />
          <TextArea
            label={t('form.body')}
            error={errors.body}
            value={body}
            rows={8}
            maxLength={4000}
            onChange={(e) => setBody(e.target.value)}
          />
          <Button type="submit" block>
            {t('form.submit')}
          </Button>
        </form>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('form.confirmTitle')}
        body={t('form.confirm', { org: orgName })}
        confirmLabel={t('form.submit')}
        cancelLabel={t('form.cancel')}
        onConfirm={() => void publish()}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
