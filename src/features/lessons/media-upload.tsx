import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../../components/ui/file-picker.tsx';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UploadError['code'] | null>(null);

  const pick = async (file: File) => {
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
    <div className="stack">
      <FilePicker
        label={label}
        hint={hint}
        buttonText={t('editor.chooseFile')}
        accept={accept}
        disabled={busy}
        onPick={(file) => void pick(file)}
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
