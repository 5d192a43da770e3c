import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { QrCode } from '../../components/ui/qr-code.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { formatDate } from '../../i18n/format.ts';
import { BranchPicker } from './branch-picker.tsx';
import { currentInvite } from './current-invite.ts';
import { createInvite, INVITE_DAYS, revokeInvite } from './member-actions.ts';
import { MembersNav } from './members-nav.tsx';
import { useInvites, useManaged } from './use-members.ts';
import './strings.ts';

export const joinUrl = (origin: string, code: string) =>
  `${origin}/join?c=${encodeURIComponent(code)}`;

/** A branch's invitation code as a big QR code to show at the service centre, with its link. */
export function InvitePage() {
  const { t, i18n } = useTranslation('members');
  const { managed } = useManaged();
  const branches = (managed ?? []).filter(({ org }) => org.kind === 'branch').map((m) => m.org);
  const [picked, setPicked] = useState('');
  const branch = branches.find((b) => b.id === picked) ?? branches[0];
  const invites = useInvites(branch?.id);
  const invite = invites ? currentInvite(invites, new Date()) : undefined;
  const [days, setDays] = useState(String(INVITE_DAYS));
  const [confirm, setConfirm] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const url = invite?.code ? joinUrl(window.location.origin, invite.code) : null;

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(t('invite.copied'));
    } catch {
      setCopied(t('invite.copyFailed'));
    }
  };

  return (
    <div className="stack">
      <PageHeader title={t('invite.title')} />
      <MembersNav />
      <p className="muted no-print">{t('invite.intro')}</p>
      <BranchPicker
        branches={branches}
        value={branch?.id ?? ''}
        onChange={(id) => {
          setPicked(id);
          setCopied(null);
        }}
      />
      {branch && invites !== undefined && (
        <div className="invite-layout">
          <Card className="stack invite-card print-sheet" title={branch.name}>
            {!invite ? (
              <p>{t('invite.none')}</p>
            ) : !url ? (
              <p>
                <Badge tone="info">{t('waitingSync')}</Badge> {t('invite.waitingCode')}
              </p>
            ) : (
              <>
                <QrCode
                  className="invite-qr"
                  value={url}
                  label={t('invite.qrLabel', { branch: branch.name })}
                />
                <p className="invite-link">
                  <span className="visually-hidden">{t('invite.link')}: </span>
                  <a href={url}>{url}</a>
                </p>
                <p>{t('invite.expires', { date: formatDate(invite.expiresAt, i18n.language) })}</p>
                <p className="muted">{t('invite.uses', { count: invite.uses })}</p>
                <div className="members-buttons no-print">
                  <Button variant="secondary" onClick={() => void copy()}>
                    {t('invite.copy')}
                  </Button>
                  <Button variant="secondary" onClick={() => window.print()}>
                    {t('invite.print')}
                  </Button>
                  <Button variant="danger" onClick={() => setConfirm(true)}>
                    {t('invite.revoke')}
                  </Button>
                </div>
                {copied && (
                  <p role="status" className="muted">
                    {copied}
                  </p>
                )}
              </>
            )}
          </Card>
          <Card className="stack no-print" title={t('invite.create')} level={3}>
            <form
              className="form"
              onSubmit={(event) => {
                event.preventDefault();
                const n = Math.min(365, Math.max(1, Number.parseInt(days, 10) || INVITE_DAYS));
                void createInvite(branch.id, n);
              }}
            >
              <TextField
                label={t('invite.days')}
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                value={days}
                onChange={(event) => setDays(event.target.value)}
                hint={t('invite.createHint')}
              />
              <Button type="submit">{t('invite.create')}</Button>
            </form>
          </Card>
        </div>
      )}
      <ConfirmDialog
        open={confirm}
        title={t('invite.revokeTitle')}
        body={<p>{t('invite.revokeBody')}</p>}
        confirmLabel={t('invite.revoke')}
        cancelLabel={t('cancel')}
        danger
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          if (invite) void revokeInvite(invite.id);
        }}
      />
    </div>
  );
}
