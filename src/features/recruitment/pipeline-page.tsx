import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { SegmentedControl } from '../../components/ui/segmented-control.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { nextDue } from '../../shared/recruitment/due.ts';
import { dateToIso } from '../../shared/recruitment/dates.ts';
import { STAGES } from '../../shared/recruitment/rules.ts';
import type { RecordRows } from '../../db/types.ts';

type CandidateRecord = RecordRows['candidates'];
import { isValidPhone } from '../../shared/org/phone.ts';
import { formatFileDate } from '../../i18n/format.ts';
import { candidatesCsv } from './csv.ts';
import { DueBadge } from './due-badge.tsx';
import { monthRows } from './months.ts';
import { createCandidate } from './recruitment-actions.ts';
import { saveFile } from './save-file.ts';
import { showDate } from './labels.ts';
import { today, useCandidates, useRecruitmentScope } from './use-recruitment.ts';
import './strings.ts';

type View = 'stage' | 'month';

/** A branch's pipeline: its candidates by stage (or its work by month), with what is due. */
export function PipelinePage() {
  const { t, i18n } = useTranslation('recruitment');
  const { branches, user } = useRecruitmentScope();
  const [params, setParams] = useSearchParams();
  const all = useCandidates();
  const [view, setView] = useState<View>('stage');
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const chosen = params.get('b');
  const branch =
    branches.find((b) => b.id === chosen) ??
    branches.find((b) => b.id === user?.orgId) ??
    branches[0];
  const list = (all ?? []).filter((c) => c.orgId === branch?.id);
  const now = today();

  const doExport = () => {
    setExporting(false);
    const csv = candidatesCsv(
      [...list].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage)),
      t('export.header'),
      {
        stage: (s) => t(`stage.${s as CandidateRecord['stage']}`),
        due: (k) => t(`due.${k as 'talk'}`),
        status: (s) => t(`status.${s as 'due'}`),
      },
      now,
    );
    saveFile(
      `${t('export.file')}-${branch?.name ?? ''}-${formatFileDate(new Date().toISOString(), i18n.language)}.csv`,
      csv,
    );
  };

  return (
    <div className="stack">
      <PageHeader
        title={t('title')}
        actions={
          <Button
            small
            variant="secondary"
            disabled={!list.length}
            onClick={() => setExporting(true)}
          >
            {t('export.button')}
          </Button>
        }
      />
      <p className="muted recruit-sensitive">{t('pipeline.sensitive')}</p>
      {branches.length > 1 && (
        <Select
          label={t('pipeline.branch')}
          value={branch?.id ?? ''}
          options={branches.map((b) => ({ value: b.id, label: b.name }))}
          onChange={(e) => setParams({ b: e.target.value }, { replace: true })}
        />
      )}
      {branch && (
        <>
          {creating ? (
            <NewCandidateForm orgId={branch.id} onDone={() => setCreating(false)} />
          ) : (
            <Button onClick={() => setCreating(true)}>{t('create.open')}</Button>
          )}
          <SegmentedControl
            legend={t('pipeline.view')}
            value={view}
            options={[
              { value: 'stage', label: t('pipeline.byStage') },
              { value: 'month', label: t('pipeline.byMonth') },
            ]}
            onChange={setView}
          />
          {all !== undefined && list.length === 0 ? (
            <EmptyState title={t('pipeline.empty')} />
          ) : view === 'stage' ? (
            <ByStage list={list} today={now} />
          ) : (
            <ByMonth list={list} today={now} locale={i18n.language} />
          )}
        </>
      )}
      <ConfirmDialog
        open={exporting}
        title={t('export.title')}
        body={t('export.body')}
        confirmLabel={t('export.confirm')}
        cancelLabel={t('cancel')}
        onConfirm={doExport}
        onCancel={() => setExporting(false)}
      />
    </div>
  );
}

function ByStage({ list, today }: { list: readonly CandidateRecord[]; today: string }) {
  const { t, i18n } = useTranslation('recruitment');
  return (
    <div className="recruit-board">
      {STAGES.map((stage) => {
        const here = list
          .filter((c) => c.stage === stage)
          .map((c) => ({ c, next: nextDue(c, c.steps, today) }))
          .sort(
            (a, b) =>
              rank(a.next?.status) - rank(b.next?.status) || a.c.name.localeCompare(b.c.name),
          );
        const overdue = here.filter((x) => x.next?.status === 'overdue').length;
        const due = here.filter((x) => x.next?.status === 'due').length;
        const headingId = `stage-${stage}`;
        return (
          <section key={stage} className="recruit-column" aria-labelledby={headingId}>
            <h2 id={headingId} className="recruit-column__title">
              {t(`stage.${stage}`)}{' '}
              <span className="muted">{t('pipeline.count', { count: here.length })}</span>
            </h2>
            {(overdue > 0 || due > 0) && (
              <p className="recruit-column__flags">
                {overdue > 0 && (
                  <Badge tone="danger">{t('pipeline.overdueCount', { count: overdue })}</Badge>
                )}{' '}
                {due > 0 && <Badge tone="warning">{t('pipeline.dueCount', { count: due })}</Badge>}
              </p>
            )}
            {here.length === 0 ? (
              <p className="muted">{t('pipeline.emptyStage')}</p>
            ) : (
              <ul className="list recruit-cards">
                {here.map(({ c, next }) => (
                  <li key={c.id}>
                    <Link className="recruit-card" to={`/recruitment/c/${c.id}`}>
                      <span className="recruit-card__name">{c.name}</span>
                      <span className="muted">
                        {t(`stageDate.${c.stage}`)} {showDate(stageDateOf(c), i18n.language)}
                      </span>
                      {next && <DueBadge item={next} />}
                      {c.pending && <Badge tone="info">{t('waitingSync')}</Badge>}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

const rank = (s: string | undefined) =>
  s === 'overdue' ? 0 : s === 'due' ? 1 : s === 'upcoming' ? 2 : 3;

export const stageDateOf = (c: CandidateRecord) =>
  ({
    applicant: c.appliedAt,
    activist: c.activistAt,
    target: c.targetAt,
    probationary: c.probationaryAt,
    full: c.fullAt,
  })[c.stage] ?? c.appliedAt;

function ByMonth({
  list,
  today,
  locale,
}: {
  list: readonly CandidateRecord[];
  today: string;
  locale: string;
}) {
  const { t } = useTranslation('recruitment');
  const rows = monthRows(list, today);
  return (
    <div className="recruit-table-wrap">
      <table className="recruit-table">
        <caption>{t('pipeline.monthsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pipeline.month')}</th>
            <th scope="col" className="num">
              {t('pipeline.newApplicants')}
            </th>
            {STAGES.slice(1).map((s) => (
              <th key={s} scope="col" className="num">
                {t(`stage.${s}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('pipeline.steps')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.month}>
              <th scope="row">
                {new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short' }).format(
                  new Date(`${r.month}-15T00:00:00Z`),
                )}
              </th>
              <td className="num">{r.applied}</td>
              {STAGES.slice(1).map((s) => (
                <td key={s} className="num">
                  {r.reached[s] ?? 0}
                </td>
              ))}
              <td className="num">{r.steps}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NewCandidateForm({ orgId, onDone }: { orgId: string; onDone: () => void }) {
  const { t } = useTranslation('recruitment');
  const [name, setName] = useState('');
  const [appliedAt, setAppliedAt] = useState(today());
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<{ name?: string; date?: string; phone?: string }>({});
  const [saved, setSaved] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs = {
      ...(name.trim() ? {} : { name: t('create.nameMissing') }),
      ...(appliedAt ? {} : { date: t('create.dateMissing') }),
      ...(phone.trim() && !isValidPhone(phone) ? { phone: t('create.phoneBad') } : {}),
    };
    setErrors(errs);
    if (Object.keys(errs).length) return;
    await createCandidate({
      orgId,
      name: name.trim(),
      appliedAt: dateToIso(appliedAt),
      phone: phone.trim() || null,
    });
    setSaved(t('create.done', { name: name.trim() }));
    setName('');
    setPhone('');
  };
  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="new-candidate">
      <h2 id="new-candidate" className="card__title">
        {t('create.title')}
      </h2>
      <TextField
        label={t('create.name')}
        value={name}
        maxLength={40}
        error={errors.name ?? null}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        label={t('create.appliedAt')}
        type="date"
        value={appliedAt}
        max={today()}
        error={errors.date ?? null}
        onChange={(e) => setAppliedAt(e.target.value)}
      />
      <TextField
        label={t('create.phone')}
        hint={t('create.phoneHint')}
        type="tel"
        inputMode="tel"
        value={phone}
        error={errors.phone ?? null}
        onChange={(e) => setPhone(e.target.value)}
      />
      <div className="recruit-actions">
        <Button type="submit">{t('create.submit')}</Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {t('cancel')}
        </Button>
      </div>
      <p role="status" className="muted">
        {saved}
      </p>
    </form>
  );
}
