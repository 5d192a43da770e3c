import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import type { Row } from '../../db/types.ts';
import { formatDateTime } from '../../i18n/format.ts';
import type { JoinRequestRecord } from '../../shared/org/records.ts';
import { CodesSheet } from './codes-sheet.tsx';
import { decideJoin } from './member-actions.ts';
import { MembersNav } from './members-nav.tsx';
import { useJoinRequests, useManaged } from './use-members.ts';
import './strings.ts';

/** How many approvals stay on screen with their codes to hand over. */
const RECENT = 20;

function PendingRequest({ request, branch }: { request: Row<JoinRequestRecord>; branch: string }) {
  const { t, i18n } = useTranslation('members');
  const [note, setNote] = useState('');
  const [confirm, setConfirm] = useState(false);
  const decide = (decision: 'approve' | 'reject') =>
    void decideJoin({ joinRequestId: request.id, decision, note: note.trim() || null });
  return (
    <li className="join-request">
      <h3 className="join-request__name">{request.name}</h3>
      <dl className="dl">
        <dt>{t('list.phone')}</dt>
        <dd>{request.phone}</dd>
        {request.firm && (
          <>
            <dt>{t('joins.firm')}</dt>
            <dd>{request.firm}</dd>
          </>
        )}
        <dt>{t('joins.declared')}</dt>
        <dd>{t(`standing.${request.standing}`)}</dd>
        <dt>{t('list.org')}</dt>
        <dd>{branch}</dd>
        <dt>{t('joins.when')}</dt>
        <dd>{formatDateTime(request.createdAt, i18n.language)}</dd>
      </dl>
      <TextField
        label={t('joins.note')}
        value={note}
        maxLength={200}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="members-buttons">
        <Button onClick={() => decide('approve')}>{t('joins.approve')}</Button>
        <Button variant="danger" onClick={() => setConfirm(true)}>
          {t('joins.reject')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirm}
        title={t('joins.rejectTitle', { name: request.name })}
        body={note.trim() ? <p>{note.trim()}</p> : undefined}
        confirmLabel={t('joins.reject')}
        cancelLabel={t('cancel')}
        danger
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          decide('reject');
        }}
      />
    </li>
  );
}

/**
 * Newcomers who scanned an invitation code, waiting for an organizer's decision. An approval
 * works offline; the new member's activation code comes back with the synced request.
 */
export function JoinQueuePage() {
  const { t } = useTranslation('members');
  const { orgs } = useManaged();
  const requests = useJoinRequests();
  const name = (orgId: string) => orgs.find((o) => o.id === orgId)?.name ?? '';
  const pending = (requests ?? []).filter((r) => r.status === 'pending');
  const approved = (requests ?? [])
    .filter((r) => r.status === 'approved')
    .sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''))
    .slice(0, RECENT);

  return (
    <div className="stack">
      <PageHeader title={t('joins.title')} />
      <MembersNav />
      <div className="joins-layout">
        <section className="stack no-print" aria-label={t('joins.title')}>
          {requests !== undefined && pending.length === 0 ? (
            <EmptyState title={t('joins.empty')} />
          ) : (
            <ul className="list join-requests">
              {pending.map((r) => (
                <PendingRequest key={r.id} request={r} branch={name(r.orgId)} />
              ))}
            </ul>
          )}
        </section>
        <section className="stack" aria-labelledby="joins-approved">
          <h2 id="joins-approved" className="no-print">
            {t('joins.approved')}
          </h2>
          {approved.length === 0 ? (
            <p className="muted no-print">{t('joins.approvedEmpty')}</p>
          ) : (
            <>
              <ul className="list no-print">
                {approved.map((r) => (
                  <li key={r.id} className="approved-request">
                    <strong>{r.name}</strong> <span className="muted">{r.phone}</span>
                    {r.activationCode ? (
                      <p>
                        <span className="visually-hidden">
                          {t('joins.codeFor', { name: r.name })}:{' '}
                        </span>
                        <span className="activation-code">{r.activationCode}</span>
                      </p>
                    ) : r.pending || !r.memberId ? (
                      <p>
                        <Badge tone="info">{t('waitingSync')}</Badge> {t('joins.codeWaiting')}
                      </p>
                    ) : (
                      <p className="muted">{t('joins.codeGone')}</p>
                    )}
                  </li>
                ))}
              </ul>
              <Button variant="secondary" className="no-print" onClick={() => window.print()}>
                {t('joins.print')}
              </Button>
              <div className="print-only">
                <CodesSheet
                  title={t('print.title')}
                  rows={approved
                    .filter((r) => r.activationCode)
                    .map((r) => ({
                      key: r.id,
                      name: r.name,
                      login: r.phone,
                      code: r.activationCode,
                    }))}
                />
              </div>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
