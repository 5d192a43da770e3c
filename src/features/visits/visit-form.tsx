import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { LiveRegion } from '../../components/ui/live-region.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { SegmentedControl } from '../../components/ui/segmented-control.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import type { VisitDraft } from '../../db/types.ts';
import { PhotoPicker } from '../requests/photo-picker.tsx';
import { SERVICE_GROUPS, type ServiceGroup } from '../../shared/groups.ts';
import { VISIT_KINDS, type VisitKind } from '../../shared/visits/rules.ts';
import { useSession } from '../../sync/session.ts';
import { BackLink } from '../requests/back-link.tsx';
import { groupName } from '../requests/group-label.ts';
import '../requests/strings.ts';
import { settingsFor } from './home-model.ts';
import { useInstructorData } from './use-instructor.ts';
import {
  draftKey,
  dropDraft,
  emptyDraft,
  logVisit,
  newId,
  readDraft,
  writeDraft,
} from './visit-actions.ts';
import './strings.ts';

/**
 * The visit form, made for under half a minute: the firm comes chosen from the home list, the
 * kind is one tap, every field is optional but the firm, and each problem is three fields. Every
 * keystroke is kept in the phone's draft table, so closing the app loses nothing.
 */
export function VisitForm() {
  const { t } = useTranslation('visits');
  const { t: tr } = useTranslation('requests');
  const { firmId = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const data = useInstructorData();
  const [draft, setDraft] = useState<VisitDraft | null>(null);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);
  const [touched, setTouched] = useState(false);
  const userId = user?.id;

  useEffect(() => {
    if (!userId) return;
    let live = true;
    void readDraft(userId, firmId).then((d) => {
      if (live) setDraft(d ?? emptyDraft(userId, firmId));
    });
    return () => {
      live = false;
    };
  }, [userId, firmId]);

  const firms = useMemo(() => {
    if (!data || !user) return [];
    const organizer = user.roles.includes('organizer') || user.roles.includes('admin');
    return data.firms
      .filter((f) => organizer || f.instructorId === user.id)
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [data, user]);
  const questions = data && user ? settingsFor(data.orgs, data.settings, user.orgId).questions : [];

  if (!draft || !data || !user) return <p className="route-loading">{t('loading')}</p>;

  const change = (patch: Partial<VisitDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setError('');
    setTouched(true);
    void writeDraft(next);
  };
  // What was written before a firm was chosen goes with it to that firm, unless it has a draft.
  const chooseFirm = async (to: string) => {
    if (!(await readDraft(user.id, to))) {
      await writeDraft({ ...draft, firmId: to, key: draftKey(user.id, to) });
      await dropDraft(user.id, draft.firmId);
    }
    void navigate(`/instructor/visit/${to}`, { replace: true });
  };
  const changeProblem = (i: number, patch: Partial<VisitDraft['problems'][number]>) =>
    change({ problems: draft.problems.map((p, j) => (j === i ? { ...p, ...patch } : p)) });

  const save = async () => {
    if (!firms.some((f) => f.id === draft.firmId)) return setError(t('form.needFirm'));
    if (draft.problems.some((p) => !p.title.trim() || !p.body.trim()))
      return setError(t('form.needProblem'));
    setSaving(true);
    const id = newId();
    try {
      await logVisit({
        id,
        firmId: draft.firmId,
        at: new Date().toISOString(),
        kind: draft.kind,
        notes: draft.notes.trim(),
        met: draft.met.trim(),
        answers: questions
          .filter((q) => draft.answers[q.id]?.trim())
          .map((q) => ({
            questionId: q.id,
            question: q.text,
            answer: draft.answers[q.id]!.trim(),
          })),
        problems: draft.problems.map((p) => ({
          id: p.id,
          category: p.category as ServiceGroup,
          title: p.title.trim(),
          body: p.body.trim(),
        })),
        ...(draft.photos?.length
          ? {
              photos: draft.photos.map(({ id: photoId, mime, data }) => ({
                id: photoId,
                mime,
                data,
              })),
            }
          : {}),
      });
      await dropDraft(user.id, draft.firmId);
      void navigate(`/instructor/v/${id}`, { state: { saved: true } });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="stack">
      <PageHeader title={t('form.title')} leading={<BackLink to="/instructor" />} />
      <form
        className="visit-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="stack">
          <Select
            label={t('form.firm')}
            value={draft.firmId}
            onChange={(e) => void chooseFirm(e.target.value)}
            options={[
              { value: '', label: t('form.chooseFirm') },
              ...firms.map((f) => ({ value: f.id, label: f.name })),
            ]}
          />
          <SegmentedControl<VisitKind>
            legend={t('kind.legend')}
            value={draft.kind}
            onChange={(kind) => change({ kind })}
            options={VISIT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
          <TextField
            label={t('form.met')}
            hint={t('form.metHint')}
            value={draft.met}
            maxLength={200}
            onChange={(e) => change({ met: e.target.value })}
          />
          <TextArea
            label={t('form.notes')}
            value={draft.notes}
            rows={3}
            maxLength={2000}
            onChange={(e) => change({ notes: e.target.value })}
          />
          <PhotoPicker photos={draft.photos ?? []} onChange={(photos) => change({ photos })} />
          {questions.length > 0 && (
            <fieldset className="visit-form__answers">
              <legend>{t('form.answers')}</legend>
              {questions.map((q) => (
                <TextArea
                  key={q.id}
                  label={q.text}
                  rows={2}
                  maxLength={500}
                  value={draft.answers[q.id] ?? ''}
                  onChange={(e) =>
                    change({ answers: { ...draft.answers, [q.id]: e.target.value } })
                  }
                />
              ))}
            </fieldset>
          )}
        </div>
        <fieldset className="stack visit-form__problems">
          <legend>{t('form.problems')}</legend>
          <p className="muted">{t('form.problemsHint')}</p>
          {draft.problems.map((p, i) => (
            <fieldset key={p.id} className="visit-form__problem">
              <legend>{t('form.problem', { n: i + 1 })}</legend>
              <Select
                label={t('form.category')}
                value={p.category}
                onChange={(e) => changeProblem(i, { category: e.target.value })}
                options={SERVICE_GROUPS.map((g) => ({ value: g, label: groupName(tr, g) }))}
              />
              <TextField
                label={t('form.problemTitle')}
                value={p.title}
                maxLength={80}
                onChange={(e) => changeProblem(i, { title: e.target.value })}
              />
              <TextArea
                label={t('form.problemBody')}
                value={p.body}
                rows={2}
                maxLength={2000}
                onChange={(e) => changeProblem(i, { body: e.target.value })}
              />
              <Button
                variant="ghost"
                small
                onClick={() => change({ problems: draft.problems.filter((_, j) => j !== i) })}
              >
                {t('form.removeProblem', { n: i + 1 })}
              </Button>
            </fieldset>
          ))}
          {draft.problems.length < 10 && (
            <Button
              variant="secondary"
              onClick={() =>
                change({
                  problems: [
                    ...draft.problems,
                    { id: newId(), category: 'general', title: '', body: '' },
                  ],
                })
              }
            >
              {t('form.addProblem')}
            </Button>
          )}
        </fieldset>
        <div className="visit-form__actions">
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <Button type="submit" block disabled={saving}>
            {t('form.save')}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(true)}>
            {t('form.discard')}
          </Button>
        </div>
      </form>
      <LiveRegion message={touched ? t('form.draftSaved') : ''} />
      <ConfirmDialog
        open={confirming}
        title={t('form.discardTitle')}
        body={t('form.discardBody')}
        confirmLabel={t('form.confirmDiscard')}
        cancelLabel={t('form.cancel')}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void dropDraft(user.id, draft.firmId).then(() => void navigate('/instructor'));
        }}
      />
    </div>
  );
}
