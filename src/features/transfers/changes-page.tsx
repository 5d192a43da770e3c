import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import type { Row } from '../../db/types.ts';
import type { FlowingRecord, TransferRecord } from '../../shared/transfers/records.ts';
import {
  isOpenStage,
  isOverdue,
  nextStep,
  STEP_SIDE,
  TRANSFER_DIRECTIONS,
  type TransferDirection,
} from '../../shared/transfers/rules.ts';
import { MembersNav } from '../members/members-nav.tsx';
import { useManaged, useMemberAdmins } from '../members/use-members.ts';
import { useOnline } from '../members/use-online.ts';
import {
  advanceTransfer,
  createTransfer,
  decideFlowing,
  useAllFlowing,
  useBranches,
  useTransfers,
} from './actions.ts';
import { FlowingItem } from './flowing-page.tsx';
import { TransferTimeline } from './timeline.tsx';
import './strings.ts';
import './transfers.css';

function PendingFlowing({ f }: { f: Row<FlowingRecord> }) {
  const { t } = useTranslation('transfers');
  const [note, setNote] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const decide = (decision: 'confirm' | 'reject') =>
    void decideFlowing({ registrationId: f.id, decision, note: note.trim() || null });
  return (
    <li className="flowing-item">
      <h3 className="flowing-item__title">
        {f.memberName} <Badge tone="info">{t('flowing.status.pending')}</Badge>
      </h3>
      <dl className="dl">
        <dt>{t('flowing.host')}</dt>
        <dd>{f.hostName}</dd>
        <dt>{t('flowing.homeOrg')}</dt>
        <dd>{f.homeOrg}</dd>
        <dt>{t('flowing.since')}</dt>
        <dd>
          {f.until
            ? t('flowing.period', { since: f.since, until: f.until })
            : t('flowing.periodOpen', { since: f.since })}
        </dd>
        <dt>{t('flowing.contact')}</dt>
        <dd>{f.contact}</dd>
      </dl>
      <TextField
        label={t('flowing.note')}
        value={note}
        maxLength={200}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="transfers-buttons">
        <Button onClick={() => decide('confirm')}>{t('flowing.confirm')}</Button>
        <Button variant="danger" onClick={() => setRejecting(true)}>
          {t('flowing.reject')}
        </Button>
      </div>
      <ConfirmDialog
        open={rejecting}
        title={t('flowing.rejectTitle', { name: f.memberName })}
        confirmLabel={t('flowing.reject')}
        cancelLabel={t('cancel')}
        danger
        onCancel={() => setRejecting(false)}
        onConfirm={() => {
          setRejecting(false);
          decide('reject');
        }}
      />
    </li>
  );
}

/** The next step's button, with what it needs (the letter's number, the placement). */
function NextStep({ tr, managed }: { tr: Row<TransferRecord>; managed: Set<string> }) {
  const { t } = useTranslation('transfers');
  const { orgs } = useManaged();
  const [letterNo, setLetterNo] = useState('');
  const [placed, setPlaced] = useState('');
  const [cancelling, setCancelling] = useState(false);
  const next = nextStep(tr.stage);
  const mine = (id: string | null) => !!id && managed.has(id);
  if (!next || !(mine(tr.fromOrgId) || mine(tr.toOrgId))) return null;
  const side = STEP_SIDE[next as keyof typeof STEP_SIDE];
  const own = side === 'from' ? tr.fromOrgId : tr.toOrgId;
  const acting = own ?? (side === 'from' ? tr.toOrgId : tr.fromOrgId);
  const mayAct = mine(acting);
  // the receiving branch and the groups below it, as far as this phone holds them
  const placements = orgs
    .filter((o) => o.id === tr.toOrgId || (o.parentId === tr.toOrgId && o.kind === 'group'))
    .map((o) => ({ value: o.id, label: o.name }));
  const needsPlacement = next === 'accepted' && tr.direction !== 'out';
  const ready = (next !== 'letter_issued' || letterNo.trim()) && (!needsPlacement || placed);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    void advanceTransfer({
      transferId: tr.id,
      to: next,
      letterNo: next === 'letter_issued' ? letterNo.trim() : null,
      placedOrgId: needsPlacement ? placed : null,
    });
  };
  return (
    <div className="stack transfer-next">
      {mayAct ? (
        <form className="stack" onSubmit={submit}>
          {next === 'letter_issued' && (
            <TextField
              label={t('transfer.letterNo')}
              required
              maxLength={40}
              value={letterNo}
              onChange={(e) => setLetterNo(e.target.value)}
            />
          )}
          {needsPlacement && (
            <Select
              label={t('transfer.placed')}
              required
              value={placed}
              onChange={(e) => setPlaced(e.target.value)}
              options={[{ value: '', label: t('transfer.placedPick') }, ...placements]}
            />
          )}
          <Button type="submit" disabled={!ready}>
            {t(`transfer.action.${next as keyof typeof STEP_SIDE}`)}
          </Button>
        </form>
      ) : (
        <p className="muted">{t('transfer.otherSide')}</p>
      )}
      <Button variant="ghost" onClick={() => setCancelling(true)}>
        {t('transfer.cancel')}
      </Button>
      <ConfirmDialog
        open={cancelling}
        title={t('transfer.cancelTitle', { name: tr.memberName })}
        body={<p>{t('transfer.cancelBody')}</p>}
        confirmLabel={t('transfer.cancel')}
        cancelLabel={t('transfer.keep')}
        danger
        onCancel={() => setCancelling(false)}
        onConfirm={() => {
          setCancelling(false);
          void advanceTransfer({ transferId: tr.id, to: 'cancelled' });
        }}
      />
    </div>
  );
}

function TransferCard({
  tr,
  managed,
  now,
}: {
  tr: Row<TransferRecord>;
  managed: Set<string>;
  now: number;
}) {
  const { t } = useTranslation('transfers');
  return (
    <li className="card transfer-card">
      <h3 className="transfer-card__title">
        {tr.memberName}{' '}
        <Badge tone={isOpenStage(tr.stage) ? 'info' : 'neutral'}>
          {t(`transfer.stage.${tr.stage}`)}
        </Badge>{' '}
        {isOverdue(tr, now) && <Badge tone="warning">!</Badge>}
        {tr.pending && <Badge tone="info">{t('waitingSync')}</Badge>}
      </h3>
      <p>
        {t(`transfer.directions.${tr.direction}`)}: {tr.fromName ?? tr.fromText} →{' '}
        {tr.toName ?? tr.toText}
      </p>
      {tr.letterNo && <p className="muted">{t('transfer.letter', { no: tr.letterNo })}</p>}
      {tr.placedName && <p className="muted">{t('transfer.placedIn', { name: tr.placedName })}</p>}
      <TransferTimeline transfer={tr} now={now} />
      <NextStep tr={tr} managed={managed} />
    </li>
  );
}

function NewTransfer({ managed }: { managed: Set<string> }) {
  const { t } = useTranslation('transfers');
  const online = useOnline();
  const branches = useBranches();
  const { orgs } = useManaged();
  const members = useMemberAdmins();
  const [direction, setDirection] = useState<TransferDirection>('internal');
  const [memberId, setMemberId] = useState('');
  const [memberName, setMemberName] = useState('');
  const [toOrgId, setToOrgId] = useState('');
  const [otherText, setOtherText] = useState('');
  const [note, setNote] = useState('');
  // the member's branch: their org, or the branch above their party group
  const branchOf = (orgId: string) => {
    const o = orgs.find((x) => x.id === orgId);
    return o?.kind === 'group' ? (o.parentId ?? orgId) : orgId;
  };
  const member = members?.find((m) => m.id === memberId);
  const ownBranches = orgs
    .filter((o) => o.kind === 'branch' && managed.has(o.id))
    .map((o) => ({ value: o.id, label: o.name }));
  const allBranches = (branches ?? []).map((b) => ({
    value: b.id,
    label: b.parent ? `${b.name}（${b.parent}）` : b.name,
  }));
  const fromOrgId = member ? branchOf(member.orgId) : '';
  const memberOptions = (members ?? [])
    .filter((m) => m.roles.includes('member') && !m.disabled)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((m) => ({ value: m.id, label: m.name }));
  const ready =
    direction === 'in'
      ? memberName.trim() && otherText.trim() && toOrgId
      : memberId && (direction === 'out' ? otherText.trim() : toOrgId && toOrgId !== fromOrgId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    void createTransfer(
      direction === 'in'
        ? {
            direction,
            memberName: memberName.trim(),
            fromText: otherText.trim(),
            toOrgId,
            note: note.trim() || null,
          }
        : direction === 'out'
          ? { direction, memberId, fromOrgId, toText: otherText.trim(), note: note.trim() || null }
          : { direction, memberId, fromOrgId, toOrgId, note: note.trim() || null },
    );
    setMemberId('');
    setMemberName('');
    setToOrgId('');
    setOtherText('');
    setNote('');
  };
  return (
    <form className="stack card transfer-new" onSubmit={submit} aria-labelledby="transfer-new">
      <h2 id="transfer-new">{t('transfer.new')}</h2>
      <Select
        label={t('transfer.direction')}
        value={direction}
        onChange={(e) => setDirection(e.target.value as TransferDirection)}
        options={TRANSFER_DIRECTIONS.map((d) => ({
          value: d,
          label: t(`transfer.directions.${d}`),
        }))}
      />
      {direction === 'in' ? (
        <>
          <TextField
            label={t('transfer.memberName')}
            required
            maxLength={40}
            value={memberName}
            onChange={(e) => setMemberName(e.target.value)}
          />
          <TextField
            label={t('transfer.fromText')}
            required
            maxLength={120}
            value={otherText}
            onChange={(e) => setOtherText(e.target.value)}
          />
          <Select
            label={t('transfer.to')}
            required
            value={toOrgId}
            onChange={(e) => setToOrgId(e.target.value)}
            options={[{ value: '', label: t('transfer.toPick') }, ...ownBranches]}
          />
        </>
      ) : (
        <>
          <Select
            label={t('transfer.member')}
            required
            value={memberId}
            onChange={(e) => setMemberId(e.target.value)}
            options={[{ value: '', label: t('transfer.memberPick') }, ...memberOptions]}
          />
          {direction === 'out' ? (
            <TextField
              label={t('transfer.toText')}
              required
              maxLength={120}
              value={otherText}
              onChange={(e) => setOtherText(e.target.value)}
            />
          ) : (
            <>
              {!branches && !online && <p role="status">{t('transfer.branchesOffline')}</p>}
              <Select
                label={t('transfer.to')}
                required
                value={toOrgId}
                onChange={(e) => setToOrgId(e.target.value)}
                options={[
                  { value: '', label: t('transfer.toPick') },
                  ...allBranches.filter((b) => b.value !== fromOrgId),
                ]}
              />
            </>
          )}
        </>
      )}
      <TextField
        label={t('transfer.note')}
        maxLength={500}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button type="submit" disabled={!ready}>
        {t('transfer.create')}
      </Button>
    </form>
  );
}

/**
 * 流动与转接 (/members/changes): flowing registrations waiting for this organizer, flowing members
 * on record, and transfer cases with their step timelines; side by side on a wide screen.
 */
export function ChangesPage() {
  const { t } = useTranslation('transfers');
  const { managed: tree } = useManaged();
  const flowing = useAllFlowing();
  const transfers = useTransfers();
  const managed = new Set((tree ?? []).map((x) => x.org.id));
  const now = Date.now();
  const pending = (flowing ?? []).filter((f) => f.status === 'pending' && managed.has(f.hostOrgId));
  const confirmed = (flowing ?? []).filter(
    (f) => f.status === 'confirmed' && managed.has(f.hostOrgId),
  );
  const cases = [...(transfers ?? [])].sort(
    (a, b) =>
      Number(isOpenStage(b.stage)) - Number(isOpenStage(a.stage)) ||
      b.updatedAt.localeCompare(a.updatedAt),
  );
  return (
    <div className="stack">
      <PageHeader title={t('transfer.nav')} />
      <MembersNav />
      <div className="changes-layout">
        <section className="stack" aria-labelledby="flowing-queue">
          <h2 id="flowing-queue">{t('flowing.queue')}</h2>
          {flowing !== undefined && pending.length === 0 ? (
            <EmptyState title={t('flowing.queueEmpty')} />
          ) : (
            <ul className="list">
              {pending.map((f) => (
                <PendingFlowing key={f.id} f={f} />
              ))}
            </ul>
          )}
          <h2>{t('flowing.confirmed')}</h2>
          {confirmed.length === 0 ? (
            <p className="muted">{t('flowing.confirmedEmpty')}</p>
          ) : (
            <ul className="list">
              {confirmed.map((f) => (
                <FlowingItem key={f.id} f={f} organizer />
              ))}
            </ul>
          )}
        </section>
        <section className="stack" aria-labelledby="transfer-list">
          <h2 id="transfer-list">{t('transfer.title')}</h2>
          {transfers !== undefined && cases.length === 0 ? (
            <EmptyState title={t('transfer.empty')} />
          ) : (
            <ul className="list transfer-list">
              {cases.map((tr) => (
                <TransferCard key={tr.id} tr={tr} managed={managed} now={now} />
              ))}
            </ul>
          )}
          <NewTransfer managed={managed} />
        </section>
      </div>
    </div>
  );
}
