import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { Badge, type BadgeTone } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import type { Row } from '../../db/types.ts';
import type { FlowingRecord } from '../../shared/transfers/records.ts';
import { useSession } from '../../sync/session.ts';
import { useOnline } from '../members/use-online.ts';
import { ActivityCardPage } from './activity-card.tsx';
import {
  decideFlowing,
  downloadActivity,
  registerFlowing,
  useBranches,
  useMyFlowing,
  useMyTransfers,
  useOrgPath,
} from './actions.ts';
import { TransferTimeline } from './timeline.tsx';
import './strings.ts';
import './transfers.css';

export const STATUS_TONE: Record<FlowingRecord['status'], BadgeTone> = {
  pending: 'info',
  confirmed: 'success',
  rejected: 'danger',
  ended: 'neutral',
};

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

function RegisterForm({ orgPath }: { orgPath: string[] }) {
  const { t } = useTranslation('transfers');
  const online = useOnline();
  const branches = useBranches();
  const [host, setHost] = useState('');
  const [homeOrg, setHomeOrg] = useState('');
  const [since, setSince] = useState(today());
  const [until, setUntil] = useState('');
  const [contact, setContact] = useState('');
  const options = (branches ?? [])
    .filter((b) => !orgPath.includes(b.id))
    .map((b) => ({ value: b.id, label: b.parent ? `${b.name}（${b.parent}）` : b.name }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!host) return;
    void registerFlowing({
      hostOrgId: host,
      homeOrg: homeOrg.trim(),
      since,
      until: until || null,
      contact: contact.trim(),
    });
  };
  return (
    <form className="stack flowing-form" onSubmit={submit}>
      <p className="muted">{t('flowing.intro')}</p>
      {!branches && !online && <p role="status">{t('flowing.hostOffline')}</p>}
      <Select
        label={t('flowing.host')}
        required
        value={host}
        onChange={(e) => setHost(e.target.value)}
        options={[{ value: '', label: t('flowing.hostPick') }, ...options]}
      />
      <TextField
        label={t('flowing.homeOrg')}
        required
        maxLength={120}
        value={homeOrg}
        onChange={(e) => setHomeOrg(e.target.value)}
      />
      <TextField
        label={t('flowing.since')}
        type="date"
        required
        value={since}
        onChange={(e) => setSince(e.target.value)}
      />
      <TextField
        label={t('flowing.until')}
        type="date"
        min={since}
        value={until}
        onChange={(e) => setUntil(e.target.value)}
      />
      <TextField
        label={t('flowing.contact')}
        required
        maxLength={60}
        inputMode="tel"
        value={contact}
        onChange={(e) => setContact(e.target.value)}
      />
      <Button type="submit" disabled={!host || !homeOrg.trim() || !contact.trim()}>
        {t('flowing.submit')}
      </Button>
    </form>
  );
}

export function FlowingItem({
  f,
  organizer,
  hostName,
}: {
  f: Row<FlowingRecord>;
  organizer?: boolean;
  /** the host's name while the record is only on this phone (its org is not held here) */
  hostName?: string | undefined;
}) {
  const { t } = useTranslation('transfers');
  const online = useOnline();
  const [ending, setEnding] = useState(false);
  return (
    <li className="flowing-item">
      <h3 className="flowing-item__title">
        {organizer ? f.memberName : f.hostName || hostName}{' '}
        <Badge tone={STATUS_TONE[f.status]}>{t(`flowing.status.${f.status}`)}</Badge>{' '}
        {f.pending && <Badge tone="info">{t('waitingSync')}</Badge>}
      </h3>
      <dl className="dl">
        <dt>{t('flowing.homeOrg')}</dt>
        <dd>{f.homeOrg}</dd>
        {organizer && (
          <>
            <dt>{t('flowing.contact')}</dt>
            <dd>{f.contact}</dd>
          </>
        )}
        <dt>{t('flowing.since')}</dt>
        <dd>
          {f.until
            ? t('flowing.period', { since: f.since, until: f.until })
            : t('flowing.periodOpen', { since: f.since })}
        </dd>
        {f.note && (
          <>
            <dt>{t('flowing.note')}</dt>
            <dd>{f.note}</dd>
          </>
        )}
      </dl>
      {(f.status === 'confirmed' || f.status === 'ended') && !f.pending && (
        <div className="transfers-buttons">
          <Button
            variant="secondary"
            disabled={!online}
            onClick={() => void downloadActivity(f.id, f.memberName)}
          >
            {t('flowing.export')}
          </Button>
          <Link className="btn btn--secondary" to={`/me/flowing/${f.id}/card`}>
            {t('flowing.print')}
          </Link>
        </div>
      )}
      {(f.status === 'confirmed' || f.status === 'pending') && (
        <>
          <Button variant="ghost" onClick={() => setEnding(true)}>
            {t('flowing.end')}
          </Button>
          <ConfirmDialog
            open={ending}
            title={t('flowing.endTitle', { host: f.hostName })}
            body={<p>{t('flowing.endBody')}</p>}
            confirmLabel={t('flowing.end')}
            cancelLabel={t('cancel')}
            danger
            onCancel={() => setEnding(false)}
            onConfirm={() => {
              setEnding(false);
              void decideFlowing({ registrationId: f.id, decision: 'end' });
            }}
          />
        </>
      )}
    </li>
  );
}

function FlowingHome() {
  const { t } = useTranslation('transfers');
  const { user } = useSession();
  const mine = useMyFlowing(user?.id);
  const orgPath = useOrgPath(user?.orgId);
  const myTransfers = useMyTransfers(user?.id);
  const branches = useBranches();
  const open = (mine ?? []).some((f) => f.status === 'pending' || f.status === 'confirmed');
  const now = Date.now();
  return (
    <div className="stack">
      <PageHeader title={t('flowing.title')} />
      {mine !== undefined && !open && <RegisterForm orgPath={orgPath ?? []} />}
      <section className="stack" aria-labelledby="flowing-mine">
        <h2 id="flowing-mine">{t('flowing.mine')}</h2>
        {mine !== undefined && mine.length === 0 ? (
          <EmptyState title={t('flowing.empty')} />
        ) : (
          <ul className="list">
            {(mine ?? []).map((f) => (
              <FlowingItem
                key={f.id}
                f={f}
                hostName={branches?.find((b) => b.id === f.hostOrgId)?.name}
              />
            ))}
          </ul>
        )}
      </section>
      {!!myTransfers?.length && (
        <section className="stack" aria-labelledby="transfer-mine">
          <h2 id="transfer-mine">{t('transfer.mine')}</h2>
          {myTransfers.map((tr) => (
            <div key={tr.id} className="card transfer-mine">
              <p>
                {tr.fromName ?? tr.fromText} → {tr.toName ?? tr.toText}
              </p>
              <TransferTimeline transfer={tr} now={now} />
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

/** 流动党员登记 (/me/flowing): the member's registration, its state, and the activity card. */
export function FlowingPage() {
  return (
    <Routes>
      <Route index element={<FlowingHome />} />
      <Route path=":id/card" element={<ActivityCardPage />} />
    </Routes>
  );
}
