import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { RefusedHere } from '../me/refused-here.tsx';
import { dueItems } from '../../shared/recruitment/due.ts';
import { dateToIso } from '../../shared/recruitment/dates.ts';
import {
  MAX_CONTACTS,
  STAGES,
  STEP_KINDS,
  STEP_STAGE,
  nextStage,
  type Stage,
  type StepKind,
} from '../../shared/recruitment/rules.ts';
import type { RecordRows } from '../../db/types.ts';

type CandidateRecord = RecordRows['candidates'];
import type { MemberAdminRecord } from '../../shared/org/records.ts';
import { DueBadge } from './due-badge.tsx';
import { showDate } from './labels.ts';
import { advanceCandidate, recordStep, type LocalRefusal } from './recruitment-actions.ts';
import { today, useCandidate, useMembersToName, useRecruitmentScope } from './use-recruitment.ts';
import './strings.ts';

/** One candidate: the stages with their dates, the steps recorded, what is next, and the forms. */
export function CandidatePage() {
  const { id } = useParams();
  const { t } = useTranslation('recruitment');
  const c = useCandidate(id);
  if (c === undefined) return <p className="muted">{t('loading')}</p>;
  if (c === null) {
    return (
      <div className="stack">
        <Link to="/recruitment">{t('back')}</Link>
        <p className="muted">{t('detail.notFound')}</p>
      </div>
    );
  }
  return <CandidateDetail key={c.id} c={c} />;
}

function CandidateDetail({ c }: { c: CandidateRecord }) {
  const { t, i18n } = useTranslation('recruitment');
  const { orgs } = useRecruitmentScope();
  const members = useMembersToName() ?? [];
  // people of the candidate's branch and its party groups
  const inBranch = (m: MemberAdminRecord) =>
    m.orgId === c.orgId || orgs.find((o) => o.id === m.orgId)?.parentId === c.orgId;
  const local = members.filter(inBranch);
  const nameOf = (id: string) =>
    members.find((m) => m.id === id)?.name ?? t('detail.unknownPerson');
  const items = dueItems(c, c.steps, today());
  const dates: Record<Stage, string | null> = {
    applicant: c.appliedAt,
    activist: c.activistAt,
    target: c.targetAt,
    probationary: c.probationaryAt,
    full: c.fullAt,
  };
  return (
    <div className="stack">
      <Link to={`/recruitment?b=${c.orgId}`}>{t('back')}</Link>
      <h1 className="recruit-title">
        {c.name} <Badge tone="primary">{t(`stage.${c.stage}`)}</Badge>{' '}
        {c.pending && <Badge tone="info">{t('waitingSync')}</Badge>}
      </h1>
      <RefusedHere target={c.id} />
      <div className="recruit-split">
        <div className="stack">
          <section className="card" aria-labelledby="stages-title">
            <h2 id="stages-title" className="card__title">
              {t('detail.stages')}
            </h2>
            <ol className="recruit-stages">
              {STAGES.map((s) => (
                <li key={s} className={dates[s] ? 'recruit-stages__done' : undefined}>
                  <span>{t(`stageDate.${s}`)}</span>
                  <span>{dates[s] ? showDate(dates[s], i18n.language) : t('detail.notYet')}</span>
                </li>
              ))}
            </ol>
            <dl className="recruit-people">
              <dt>{t('detail.contacts')}</dt>
              <dd>{c.contacts.length ? c.contacts.map(nameOf).join('、') : t('detail.none')}</dd>
              <dt>{t('detail.introducers')}</dt>
              <dd>
                {c.introducers.length ? c.introducers.map(nameOf).join('、') : t('detail.none')}
              </dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="steps-title">
            <h2 id="steps-title" className="card__title">
              {t('detail.steps')}
            </h2>
            {c.steps.length === 0 ? (
              <p className="muted">{t('detail.noSteps')}</p>
            ) : (
              <ul className="list">
                {[...c.steps]
                  .sort((a, b) => b.at.localeCompare(a.at))
                  .map((s) => (
                    <li key={s.id}>
                      <strong>{t(`step.${s.kind}`)}</strong>{' '}
                      <span className="muted">{showDate(s.at, i18n.language)}</span>
                      {s.note && <p>{s.note}</p>}
                    </li>
                  ))}
              </ul>
            )}
          </section>
        </div>
        <div className="stack">
          <section className="card" aria-labelledby="next-title">
            <h2 id="next-title" className="card__title">
              {t('detail.next')}
            </h2>
            {items.length === 0 ? (
              <p>{t('detail.allDone')}</p>
            ) : (
              <ul className="list">
                {items.map((item) => (
                  <li key={item.kind}>
                    <DueBadge item={item} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {c.stage !== 'full' && <AdvanceForm c={c} people={local} />}
          {c.stage !== 'full' && <StepForm c={c} />}
        </div>
      </div>
    </div>
  );
}

function AdvanceForm({ c, people }: { c: CandidateRecord; people: MemberAdminRecord[] }) {
  const { t, i18n } = useTranslation('recruitment');
  const [to, setTo] = useState<Stage>(nextStage(c.stage) ?? 'full');
  const [at, setAt] = useState(today());
  const [contacts, setContacts] = useState<string[]>(c.contacts);
  const [introducers, setIntroducers] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const reasonText = (r: LocalRefusal) => {
    if (r.code === 'too_early') {
      const detail = r.earliest
        ? t(r.earliest.kind === 'target' ? 'advance.earliestTarget' : 'advance.earliestFull', {
            date: showDate(r.earliest.date, i18n.language),
          })
        : t('advance.reason.too_early_plain');
      return t('advance.reason.too_early', { detail });
    }
    if (r.code === 'invalid_request') return t('advance.reason.future');
    if (
      r.code === 'invalid_transition' ||
      r.code === 'invalid_contacts' ||
      r.code === 'invalid_introducers'
    ) {
      return t(`advance.reason.${r.code}`);
    }
    return r.message;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const r = await advanceCandidate({
      candidateId: c.id,
      to,
      at: dateToIso(at),
      ...(to === 'activist' || to === 'target' ? { contacts } : {}),
      ...(to === 'probationary' ? { introducers } : {}),
      note: note.trim() || null,
    });
    if (r) {
      setRefusal(t('advance.refused', { reason: reasonText(r) }));
      return;
    }
    setRefusal(null);
    setNote('');
    setDone(t('advance.done', { stage: t(`stage.${to}`) }));
    const after = nextStage(to);
    if (after) setTo(after);
  };

  const toggle = (list: string[], set: (v: string[]) => void, id: string, on: boolean) =>
    set(on ? [...list, id] : list.filter((x) => x !== id));

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="advance-title">
      <h2 id="advance-title" className="card__title">
        {t('advance.title')}
      </h2>
      <Select
        label={t('advance.to')}
        value={to}
        options={STAGES.slice(1).map((s) => ({ value: s, label: t(`stage.${s}`) }))}
        onChange={(e) => setTo(e.target.value as Stage)}
      />
      <TextField
        label={t('advance.at')}
        hint={t('advance.atHint')}
        type="date"
        value={at}
        onChange={(e) => setAt(e.target.value)}
      />
      {(to === 'activist' || to === 'target') && (
        <PeoplePicker
          legend={t('advance.contacts')}
          people={people}
          chosen={contacts}
          max={MAX_CONTACTS}
          onToggle={(id, on) => toggle(contacts, setContacts, id, on)}
        />
      )}
      {to === 'probationary' && (
        <PeoplePicker
          legend={t('advance.introducers')}
          people={people.filter((p) => p.standing === 'full')}
          chosen={introducers}
          max={2}
          onToggle={(id, on) => toggle(introducers, setIntroducers, id, on)}
        />
      )}
      <TextArea
        label={t('advance.note')}
        rows={2}
        maxLength={500}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {refusal && (
        <p className="notice notice--danger" role="alert">
          {refusal}
        </p>
      )}
      <p role="status" className="muted">
        {done}
      </p>
      <Button type="submit">{t('advance.submit')}</Button>
    </form>
  );
}

function PeoplePicker({
  legend,
  people,
  chosen,
  max,
  onToggle,
}: {
  legend: string;
  people: MemberAdminRecord[];
  chosen: string[];
  max: number;
  onToggle: (id: string, on: boolean) => void;
}) {
  return (
    <fieldset className="recruit-people-picker">
      <legend>{legend}</legend>
      {people.map((p) => {
        const on = chosen.includes(p.id);
        return (
          <label key={p.id} className="recruit-check">
            <input
              type="checkbox"
              checked={on}
              disabled={!on && chosen.length >= max}
              onChange={(e) => onToggle(p.id, e.target.checked)}
            />
            <span>{p.name}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

function StepForm({ c }: { c: CandidateRecord }) {
  const { t } = useTranslation('recruitment');
  const kinds = STEP_KINDS.filter((k) => STEP_STAGE[k].includes(c.stage));
  const [kind, setKind] = useState<StepKind>(kinds[0] ?? 'talk');
  const [at, setAt] = useState(today());
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!kinds.length) return null;
  const current = kinds.includes(kind) ? kind : kinds[0]!;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const r = await recordStep({
      candidateId: c.id,
      kind: current,
      at: dateToIso(at),
      note: note.trim() || null,
    });
    if (r) {
      const reason =
        r.code === 'invalid_transition'
          ? t('record.wrongStage', { stage: t(`stage.${STEP_STAGE[current][0]!}`) })
          : r.code === 'too_early'
            ? t('advance.reason.too_early_plain')
            : t('advance.reason.future');
      setRefusal(t('record.refused', { reason }));
      return;
    }
    setRefusal(null);
    setNote('');
    setDone(t('record.done', { kind: t(`step.${current}`) }));
  };
  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="step-title">
      <h2 id="step-title" className="card__title">
        {t('record.title')}
      </h2>
      <Select
        label={t('record.kind')}
        value={current}
        options={kinds.map((k) => ({ value: k, label: t(`step.${k}`) }))}
        onChange={(e) => setKind(e.target.value as StepKind)}
      />
      <TextField
        label={t('record.at')}
        type="date"
        value={at}
        onChange={(e) => setAt(e.target.value)}
      />
      <TextArea
        label={t('record.note')}
        rows={2}
        maxLength={500}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {refusal && (
        <p className="notice notice--danger" role="alert">
          {refusal}
        </p>
      )}
      <p role="status" className="muted">
        {done}
      </p>
      <Button type="submit" variant="secondary">
        {t('record.submit')}
      </Button>
    </form>
  );
}
