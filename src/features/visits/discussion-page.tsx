import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Switch } from '../../components/ui/switch.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { discussionProblem, MAX_DISCUSSION_FIRMS } from '../../shared/visits/duties.ts';
import { useSession } from '../../sync/session.ts';
import { cstLocalToIso, isoToCstLocal } from '../lessons/editor-form.ts';
import { RefusedHere } from '../me/refused-here.tsx';
import { BackLink } from '../requests/back-link.tsx';
import { useInstructorData } from './use-instructor.ts';
import { newId, saveDiscussion } from './visit-actions.ts';
import './strings.ts';

interface Form {
  topic: string;
  place: string;
  /** `YYYY-MM-DDTHH:mm`, China time */
  at: string;
  firmIds: string[];
  held: boolean;
  notes: string;
}

type Field = 'topic' | 'place' | 'at' | 'firms' | 'notes';

/**
 * The half-yearly group discussion (座谈会): planned with a topic, a place, a time and the firms,
 * then saved again as held with its minutes. Offline like every write; `/new` plans one, and an
 * organizer reaches it with `?instructor=` to hold one for that instructor.
 */
export function DiscussionPage() {
  const { t } = useTranslation('visits');
  const { discussionId = 'new' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const data = useInstructorData();
  const isNew = discussionId === 'new';
  const existing = data?.discussions.find((d) => d.id === discussionId);
  const instructorId = existing?.instructorId ?? params.get('instructor') ?? user?.id ?? '';
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);

  // The firms offered: the instructor's firms now, and any the discussion already has.
  const firms = useMemo(() => {
    if (!data) return [];
    const own = data.firms
      .filter((f) => f.instructorId === instructorId)
      .map((f) => ({ id: f.id, name: f.name }));
    const kept = (existing?.firmIds ?? [])
      .map((id, i) => ({ id, name: existing?.firmNames[i] ?? '' }))
      .filter((f) => !own.some((o) => o.id === f.id));
    return [...own, ...kept].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [data, instructorId, existing]);

  const ready = !!data && !!user;
  useEffect(() => {
    if (!ready || form) return;
    if (existing) {
      setForm({
        topic: existing.topic,
        place: existing.place,
        at: isoToCstLocal(existing.at),
        firmIds: existing.firmIds,
        held: existing.held,
        notes: existing.notes,
      });
    } else if (isNew) {
      setForm({
        topic: '',
        place: '',
        at: '',
        firmIds: firms.map((f) => f.id).slice(0, MAX_DISCUSSION_FIRMS),
        held: false,
        notes: '',
      });
    }
  }, [ready, form, existing, isNew, firms]);

  if (!data || !user) return <p className="route-loading">{t('loading')}</p>;
  const back = <BackLink to="/instructor/discussions" />;
  if (!isNew && !existing)
    return (
      <div className="stack">
        <PageHeader title={t('discussion.edit')} leading={back} />
        <p>{t('discussion.notFound')}</p>
      </div>
    );
  if (!form) return <p className="route-loading">{t('loading')}</p>;

  const change = (patch: Partial<Form>) => {
    setForm({ ...form, ...patch });
    setErrors({});
  };
  const check = (): Partial<Record<Field, string>> => {
    const e: Partial<Record<Field, string>> = {};
    if (!form.topic.trim()) e.topic = t('discussion.needTopic');
    if (!form.place.trim()) e.place = t('discussion.needPlace');
    const at = cstLocalToIso(form.at);
    if (!at) e.at = t('discussion.needAt');
    if (form.firmIds.length === 0) e.firms = t('discussion.needFirm');
    if (form.held && !form.notes.trim()) e.notes = t('discussion.needNotes');
    // what is left of the shared rule once the fields are there: a time still to come
    if (form.held && at && form.notes.trim()) {
      const p = discussionProblem(
        { at, held: true, notes: form.notes, firmIds: form.firmIds },
        false,
        Date.now(),
      );
      if (p) e.at = t('discussion.notYet');
    }
    return e;
  };
  const save = async () => {
    setSaving(true);
    try {
      await saveDiscussion({
        id: existing?.id ?? newId(),
        at: cstLocalToIso(form.at)!,
        place: form.place.trim(),
        topic: form.topic.trim(),
        firmIds: form.firmIds,
        notes: form.notes.trim(),
        held: form.held,
      });
      void navigate('/instructor', { state: { discussionSaved: true } });
    } finally {
      setSaving(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = check();
    if (Object.keys(found).length) return setErrors(found);
    // recording it as held cannot be undone: ask first
    if (form.held && !existing?.held) return setConfirming(true);
    void save();
  };
  const toggleFirm = (id: string, on: boolean) =>
    change({
      firmIds: on ? [...form.firmIds, id] : form.firmIds.filter((f) => f !== id),
    });

  return (
    <div className="stack">
      <PageHeader title={isNew ? t('discussion.new') : t('discussion.edit')} leading={back} />
      {existing && (
        <p>
          <Badge tone={existing.held ? 'success' : 'neutral'}>
            {existing.held ? t('discussion.held') : t('discussion.planned')}
          </Badge>{' '}
          {existing.instructorId !== user.id && (
            <span className="muted">
              {t('discussion.instructor', { name: existing.instructorName })}
            </span>
          )}
          {existing.pending && <Badge tone="info">{t('discussion.waiting')}</Badge>}
        </p>
      )}
      <RefusedHere target={existing?.id} names={['discussion.save']} />
      <form className="visit-form" noValidate onSubmit={submit}>
        <div className="stack">
          <TextField
            label={t('discussion.topic')}
            value={form.topic}
            maxLength={200}
            required
            error={errors.topic}
            onChange={(e) => change({ topic: e.target.value })}
          />
          <TextField
            label={t('discussion.place')}
            value={form.place}
            maxLength={120}
            required
            error={errors.place}
            onChange={(e) => change({ place: e.target.value })}
          />
          <TextField
            label={t('discussion.at')}
            type="datetime-local"
            value={form.at}
            required
            error={errors.at}
            onChange={(e) => change({ at: e.target.value })}
          />
          <fieldset className="discussion-form__firms" aria-describedby="discussion-firms-error">
            <legend>{t('discussion.firms')}</legend>
            {firms.length === 0 ? (
              <p className="muted">{t('discussion.noFirms')}</p>
            ) : (
              <ul className="list discussion-form__firm-list">
                {firms.map((f) => (
                  <li key={f.id}>
                    <label className="discussion-form__firm">
                      <input
                        type="checkbox"
                        checked={form.firmIds.includes(f.id)}
                        disabled={
                          !form.firmIds.includes(f.id) &&
                          form.firmIds.length >= MAX_DISCUSSION_FIRMS
                        }
                        onChange={(e) => toggleFirm(f.id, e.target.checked)}
                      />
                      <span>{f.name}</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
            {errors.firms && (
              <p id="discussion-firms-error" className="form-error" role="alert">
                {errors.firms}
              </p>
            )}
          </fieldset>
        </div>
        <div className="stack">
          {!existing?.held && (
            <Switch
              label={t('discussion.heldSwitch')}
              hint={t('discussion.heldHint')}
              checked={form.held}
              onText={t('discussion.yes')}
              offText={t('discussion.no')}
              onChange={(held) => change({ held })}
            />
          )}
          {(form.held || form.notes) && (
            <TextArea
              label={t('discussion.notes')}
              hint={t('discussion.notesHint')}
              value={form.notes}
              rows={8}
              maxLength={5000}
              error={errors.notes}
              onChange={(e) => change({ notes: e.target.value })}
            />
          )}
        </div>
        <div className="visit-form__actions">
          <Button type="submit" block disabled={saving || firms.length === 0}>
            {t('discussion.save')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('discussion.heldTitle')}
        body={t('discussion.heldBody')}
        confirmLabel={t('discussion.confirmHeld')}
        cancelLabel={t('discussion.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void save();
        }}
      />
    </div>
  );
}
