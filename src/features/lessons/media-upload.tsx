import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { UploadError, uploadMedia, type UploadedMedia } from './lesson-actions.ts';
import './strings.ts';

interface Props {
  label: string;
  hint: string;
  accept: string;
  onUploaded: (m: UploadedMedia) => void;
}

/** A file picker that uploads at once. Uploads need the network; the message says so offline. */
export function MediaUpload({ label, hint, accept, onUploaded }: Props) {
  const { t } = useTranslation('lessons');
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UploadError['code'] | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setBusy(true);
    try {
      onUploaded(await uploadMedia(file));
    } catch (err) {
      setError(err instanceof UploadError ? err.code : 'server');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        className="input"
        type="file"
        accept={accept}
        aria-describedby={`${id}-hint`}
        disabled={busy}
        onChange={(e) => {
          void pick(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {busy && <ProgressBar label={t('editor.uploading')} value={null} />}
      {error && (
        <p className="field__error" role="alert">
          {t(`editor.uploadErrors.${error}`)}
        </p>
      )}
    </div>
  );
}
