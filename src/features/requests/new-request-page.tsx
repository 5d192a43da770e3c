import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../sync/session.ts';
import { Button } from '../../components/ui/button.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { TextArea } from '../../components/ui/text-area.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import type { ServiceGroup } from '../../shared/groups.ts';
import { BackLink } from './back-link.tsx';
import type { QueuedPhoto } from './compress-photo.ts';
import { GroupPicker } from './group-picker.tsx';
import { PhotoPicker } from './photo-picker.tsx';
import { fileRequest } from './request-actions.ts';
import './strings.ts';

type Errors = Partial<Record<'group' | 'subject' | 'body' | 'save', string>>;

export function NewRequestPage() {
  const { t } = useTranslation('requests');
  const navigate = useNavigate();
  const { user } = useSession();
  const [group, setGroup] = useState<ServiceGroup | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [photos, setPhotos] = useState<QueuedPhoto[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {};
    if (!group) next.group = t('form.errors.group');
    if (!title.trim()) next.subject = t('form.errors.subject');
    if (!body.trim()) next.body = t('form.errors.body');
    setErrors(next);
    if (!group || next.subject || next.body) return;
    setSaving(true);
    try {
      const id = await fileRequest({
        category: group,
        title: title.trim(),
        body: body.trim(),
        ...(photos.length
          ? { photos: photos.map(({ id, mime, data }) => ({ id, mime, data })) }
          : {}),
      });
      navigate(`/services/r/${id}`, { replace: true });
    } catch (err) {
      setErrors({ save: t('form.errors.save', { message: String((err as Error).message) }) });
      setSaving(false);
    }
  };

  // The link is shown to members only; a staff or admin account that opens the address anyway
  // learns why instead of filling in a form the server would refuse (request.create: member).
  if (user && !user.roles.includes('member')) {
    return (
      <div className="stack">
        <PageHeader title={t('form.title')} leading={<BackLink to="/services" />} />
        <p className="muted">{t('form.membersOnly')}</p>
      </div>
    );
  }

  return (
    <div className="stack">
      <PageHeader title={t('form.title')} leading={<BackLink to="/services" />} />
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <GroupPicker value={group} onChange={setGroup} error={errors.group} />
        <TextField
          label={t('form.subject')}
          hint={t('form.subjectHint')}
          error={errors.subject}
          value={title}
          maxLength={80}
          required
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextArea
          label={t('form.body')}
          hint={t('form.bodyHint')}
          error={errors.body}
          value={body}
          maxLength={2000}
          rows={6}
          required
          onChange={(e) => setBody(e.target.value)}
        />
        <PhotoPicker photos={photos} onChange={setPhotos} />
        {errors.save && (
          <p className="form-error" role="alert">
            {errors.save}
          </p>
        )}
        <Button type="submit" block disabled={saving}>
          {t('form.submit')}
        </Button>
      </form>
    </div>
  );
}
