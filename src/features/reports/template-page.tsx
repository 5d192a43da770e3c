import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { LiveRegion } from '../../components/ui/live-region.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { indicatorsOf, templateProblem, type Goal } from '../../shared/checklist/template.ts';
import { useSession } from '../../sync/session.ts';
import { saveChecklist } from './report-actions.ts';
import { useReportData } from './use-report-data.ts';
import './strings.ts';

/** The district admin's editor of the checklist: names, English names and targets; add or remove entered indicators. */
export function TemplatePage() {
  const { t } = useTranslation('reports');
  const data = useReportData();
  const { user } = useSession();
  if (!data || !user) return <p className="muted">{t('loading')}</p>;
  if (!user.roles.includes('admin') || !data.districtId) {
    return <EmptyState title={t('template.noRight')} />;
  }
  return <Editor initial={data.goals} districtId={data.districtId} />;
}

type Path = [number] | [number, number] | [number, number, number];

function Editor({ initial, districtId }: { initial: readonly Goal[]; districtId: string }) {
  const { t } = useTranslation('reports');
  const [goals, setGoals] = useState<Goal[]>(() => structuredClone([...initial]));
  const [removing, setRemoving] = useState<[number, number, number] | null>(null);
  const [said, setSaid] = useState('');
  const [error, setError] = useState<string | null>(null);

  const edit = (path: Path, field: 'title' | 'titleEn' | 'target', raw: string) => {
    setGoals((gs) => {
      const next = structuredClone(gs);
      const [g, r, i] = path;
      const item =
        i !== undefined
          ? next[g]!.responsibilities[r!]!.indicators[i]!
          : r !== undefined
            ? next[g]!.responsibilities[r]!
            : next[g]!;
      if (field === 'target' && 'target' in item) {
        const n = raw.trim() === '' ? null : Number(raw);
        item.target =
          n === null || !Number.isFinite(n) ? null : item.unit === 'percent' ? n / 100 : n;
      } else if (field !== 'target') {
        item[field] = raw;
      }
      return next;
    });
  };

  const addIndicator = (g: number, r: number) => {
    setGoals((gs) => {
      const next = structuredClone(gs);
      const resp = next[g]!.responsibilities[r]!;
      const taken = new Set(indicatorsOf(next).map((x) => x.indicator.id));
      let n = resp.indicators.length + 1;
      while (taken.has(`${resp.id}i${n}`)) n++;
      resp.indicators.push({
        id: `${resp.id}i${n}`,
        title: t('template.newIndicator'),
        titleEn: '',
        kind: 'entered',
        source: null,
        unit: 'count',
        target: null,
      });
      return next;
    });
  };

  const remove = ([g, r, i]: [number, number, number]) => {
    setGoals((gs) => {
      const next = structuredClone(gs);
      next[g]!.responsibilities[r]!.indicators.splice(i, 1);
      return next;
    });
  };

  const save = async () => {
    const trimmed = goals.map((g) => ({
      ...g,
      title: g.title.trim(),
      titleEn: g.titleEn.trim(),
      responsibilities: g.responsibilities.map((r) => ({
        ...r,
        title: r.title.trim(),
        titleEn: r.titleEn.trim(),
        indicators: r.indicators.map((i) => ({
          ...i,
          title: i.title.trim(),
          titleEn: i.titleEn.trim(),
        })),
      })),
    }));
    const empty =
      indicatorsOf(trimmed).some((x) => !x.indicator.title) ||
      trimmed.some(
        (g) => !g.title || g.responsibilities.some((r) => !r.title || !r.indicators.length),
      );
    const problem = empty ? t('template.name') : templateProblem(trimmed);
    if (problem) {
      setError(t('template.invalid', { reason: problem }));
      return;
    }
    setError(null);
    await saveChecklist({ orgId: districtId, goals: trimmed });
    setSaid(t('template.saved'));
  };

  const counts = {
    goals: goals.length,
    responsibilities: goals.flatMap((g) => g.responsibilities).length,
    indicators: indicatorsOf(goals).length,
  };
  const target = (i: Goal['responsibilities'][number]['indicators'][number]) =>
    i.target === null
      ? ''
      : String(i.unit === 'percent' ? Math.round(i.target * 1000) / 10 : i.target);
  const toRemove = removing
    ? goals[removing[0]]!.responsibilities[removing[1]]!.indicators[removing[2]]
    : undefined;

  return (
    <div className="stack report">
      <PageHeader
        title={t('template.title')}
        leading={
          <Link className="back-link" to="/reports">
            {t('back')}
          </Link>
        }
      />
      <p className="muted">{t('template.intro')}</p>
      <p>{t('template.counts', counts)}</p>
      {goals.map((g, gi) => (
        <details className="card template-goal" key={g.id} open={gi === 0}>
          <summary className="template-goal__summary">
            {t('template.goal', { n: gi + 1 })} · {g.title}
          </summary>
          <div className="template-pair">
            <TextField
              label={t('template.name')}
              value={g.title}
              maxLength={120}
              onChange={(e) => edit([gi], 'title', e.target.value)}
            />
            <TextField
              label={t('template.nameEn')}
              value={g.titleEn}
              maxLength={200}
              onChange={(e) => edit([gi], 'titleEn', e.target.value)}
            />
          </div>
          {g.responsibilities.map((r, ri) => (
            <fieldset className="template-resp" key={r.id}>
              <legend>
                {t('template.responsibility', { n: ri + 1 })} · {r.title}
              </legend>
              <div className="template-pair">
                <TextField
                  label={t('template.name')}
                  value={r.title}
                  maxLength={120}
                  onChange={(e) => edit([gi, ri], 'title', e.target.value)}
                />
                <TextField
                  label={t('template.nameEn')}
                  value={r.titleEn}
                  maxLength={200}
                  onChange={(e) => edit([gi, ri], 'titleEn', e.target.value)}
                />
              </div>
              <ul className="template-indicators">
                {r.indicators.map((i, ii) => (
                  <li key={i.id} className="template-indicator">
                    <TextField
                      label={t('template.name')}
                      value={i.title}
                      maxLength={120}
                      onChange={(e) => edit([gi, ri, ii], 'title', e.target.value)}
                    />
                    <TextField
                      label={t('template.nameEn')}
                      value={i.titleEn}
                      maxLength={200}
                      onChange={(e) => edit([gi, ri, ii], 'titleEn', e.target.value)}
                    />
                    <TextField
                      label={t('template.target')}
                      inputMode="decimal"
                      value={target(i)}
                      hint={i.unit === 'percent' ? t('assess.valueHintPercent') : undefined}
                      onChange={(e) => edit([gi, ri, ii], 'target', e.target.value)}
                    />
                    {i.kind === 'entered' && r.indicators.length > 1 && (
                      <Button small variant="ghost" onClick={() => setRemoving([gi, ri, ii])}>
                        {t('template.remove')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
              <Button small variant="secondary" onClick={() => addIndicator(gi, ri)}>
                {t('template.addIndicator')}
              </Button>
            </fieldset>
          ))}
        </details>
      ))}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <LiveRegion message={said} visible />
      <Button onClick={() => void save()}>{t('template.save')}</Button>
      <ConfirmDialog
        open={!!removing}
        danger
        title={t('template.remove')}
        body={toRemove ? t('template.confirmRemove', { name: toRemove.title }) : ''}
        confirmLabel={t('template.remove')}
        cancelLabel={t('assess.cancel')}
        onConfirm={() => {
          if (removing) remove(removing);
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      />
    </div>
  );
}
