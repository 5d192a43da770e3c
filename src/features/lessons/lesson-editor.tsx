import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { formatBytes } from '../../i18n/format.ts';
import { useSession } from '../../sync/session.ts';
import type { LessonRecord } from '../../shared/records.ts';
import { emptyForm, formFromLesson, lessonArgsFromForm, type LessonForm } from './editor-form.ts';
import { saveLesson } from './lesson-actions.ts';
import { SERIES } from './lesson-search.ts';
import { useLesson } from './use-lessons.ts';
import { useManagedOrgs } from './use-organizer.ts';
import { MediaUpload } from './media-upload.tsx';
import { QuizEditor } from './quiz-editor.tsx';
import './strings.ts';

export function LessonEditor() {
  const { lessonId } = useParams();
  const lesson = useLesson(lessonId);
  const { user } = useSession();
  if (!user || (lessonId && lesson === undefined)) return null;
  return <EditorForm key={lesson?.id ?? 'new'} lesson={lesson ?? null} defaultOrg={user.orgId} />;
}

function EditorForm({ lesson, defaultOrg }: { lesson: LessonRecord | null; defaultOrg: string }) {
  const { t, i18n } = useTranslation('lessons');
  const navigate = useNavigate();
  const orgs = useManagedOrgs(defaultOrg);
  const [form, setForm] = useState<LessonForm>(() =>
    lesson ? formFromLesson(lesson) : emptyForm(defaultOrg),
  );
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof LessonForm>(k: K, v: LessonForm[K]) =>
    setForm((f) => ({ ...f, [k]: v }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const args = lessonArgsFromForm(form);
    if (!args) {
      setError(t('editor.required'));
      return;
    }
    await saveLesson(args);
    void navigate('/lessons/manage');
  };

  return (
    <>
      <PageHeader
        title={lesson ? t('editor.editTitle') : t('editor.newTitle')}
        leading={
          <Link className="btn btn--ghost btn--small" to="/lessons/manage">
            ← {t('manage.title')}
          </Link>
        }
      />
      <form className="form lesson-editor" onSubmit={(e) => void submit(e)} noValidate>
        <Select
          label={t('editor.org')}
          value={form.orgId}
          disabled={!!lesson}
          options={(orgs ?? []).map((o) => ({ value: o.id, label: o.name }))}
          onChange={(e) => set('orgId', e.target.value)}
        />
        <Select
          label={t('editor.series')}
          value={form.series}
          options={SERIES.map((s) => ({ value: s, label: t(`series.${s}`) }))}
          onChange={(e) => set('series', SERIES.find((s) => s === e.target.value) ?? 'lunch')}
        />
        <TextField
          label={t('editor.title')}
          value={form.title}
          maxLength={80}
          required
          onChange={(e) => set('title', e.target.value)}
        />
        <TextField
          label={t('editor.speaker')}
          value={form.speaker}
          maxLength={40}
          required
          onChange={(e) => set('speaker', e.target.value)}
        />
        <TextArea
          label={t('editor.summary')}
          value={form.summary}
          maxLength={300}
          rows={2}
          onChange={(e) => set('summary', e.target.value)}
        />
        <TextArea
          label={t('editor.body')}
          hint={t('editor.bodyHint')}
          value={form.body}
          maxLength={20000}
          rows={10}
          onChange={(e) => set('body', e.target.value)}
        />
        <MediaUpload
          label={t('editor.image')}
          hint={t('editor.imageHint')}
          accept="image/jpeg,image/png,image/webp"
          onUploaded={(m) =>
            set('body', `${form.body.trimEnd()}\n\n![](${m.url})\n`.replace(/^\n+/, ''))
          }
        />
        <TextField
          label={t('editor.tags')}
          hint={t('editor.tagsHint')}
          value={form.tags}
          onChange={(e) => set('tags', e.target.value)}
        />
        <TextField
          label={t('editor.duration')}
          type="number"
          inputMode="numeric"
          min={1}
          max={180}
          value={form.durationMin}
          onChange={(e) => set('durationMin', e.target.value)}
        />
        <TextField
          label={t('editor.scheduledAt')}
          type="datetime-local"
          value={form.scheduledAt}
          onChange={(e) => set('scheduledAt', e.target.value)}
        />
        <TextField
          label={t('editor.venue')}
          value={form.venue}
          maxLength={80}
          onChange={(e) => set('venue', e.target.value)}
        />
        <MediaUpload
          label={t('editor.media')}
          hint={t('editor.mediaHint')}
          accept="audio/mpeg,audio/mp4,audio/ogg,audio/wav,video/mp4"
          onUploaded={(m) => set('media', { id: m.id, mime: m.mime, bytes: m.bytes })}
        />
        {form.media && (
          <p className="lesson-editor__media">
            {t('editor.uploaded', { size: formatBytes(form.media.bytes, i18n.language) })}{' '}
            <Button variant="ghost" small onClick={() => set('media', null)}>
              {t('editor.removeMedia')}
            </Button>
          </p>
        )}
        <QuizEditor quiz={form.quiz} onChange={(q) => set('quiz', q)} />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" block>
          {t('editor.save')}
        </Button>
      </form>
    </>
  );
}
