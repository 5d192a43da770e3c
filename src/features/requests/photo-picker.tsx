import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from '../../components/ui/icons.tsx';
import { IconButton } from '../../components/ui/icon-button.tsx';
import { formatBytes } from '../../i18n/format.ts';
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from '../../shared/mutations/requests.ts';
import { compressPhoto, type QueuedPhoto } from './compress-photo.ts';
import { PhotoTooLargeError } from './shrink-image.ts';
import './strings.ts';
import './requests.css';

interface PhotoPickerProps {
  photos: readonly QueuedPhoto[];
  onChange: (photos: QueuedPhoto[]) => void;
  /** photos kept from before (already sent), which count toward the limit */
  already?: number;
}

const KB = MAX_PHOTO_BYTES / 1024;

/** Picks up to three photos and compresses each on the phone before it can be queued. */
export function PhotoPicker({ photos, onChange, already = 0 }: PhotoPickerProps) {
  const { t, i18n } = useTranslation('requests');
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const full = already + photos.length >= MAX_PHOTOS;

  const add = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setError(null);
    setBusy(true);
    const next = [...photos];
    try {
      for (const file of Array.from(files)) {
        if (already + next.length >= MAX_PHOTOS) {
          setError(t('form.photoLimit', { max: MAX_PHOTOS }));
          break;
        }
        try {
          next.push(await compressPhoto(file));
        } catch (err) {
          setError(
            err instanceof PhotoTooLargeError
              ? t('form.photoTooLarge', { kb: KB })
              : t('form.photoUnreadable'),
          );
        }
      }
      onChange(next);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="field photo-picker">
      <span className="field__label" id={`${inputId}-label`}>
        {t('form.photos')}
      </span>
      <span className="field__hint" id={`${inputId}-hint`}>
        {t('form.photosHint', { max: MAX_PHOTOS, kb: KB })}
      </span>
      {photos.length > 0 && (
        <ul className="photo-picker__list">
          {photos.map((p, i) => (
            <li key={p.id} className="photo-picker__item">
              <img
                className="photo-thumb"
                src={`data:${p.mime};base64,${p.data}`}
                alt={t('form.photoAlt', { n: already + i + 1 })}
              />
              <span className="muted">{formatBytes(p.bytes, i18n.language)}</span>
              <IconButton
                label={t('form.removePhoto', { n: already + i + 1 })}
                onClick={() => onChange(photos.filter((x) => x.id !== p.id))}
              >
                <CloseIcon />
              </IconButton>
            </li>
          ))}
        </ul>
      )}
      <label
        className={`btn btn--secondary${full || busy ? ' btn--disabled' : ''}`}
        htmlFor={inputId}
      >
        {busy
          ? t('form.compressing')
          : `${t('form.addPhoto')} (${already + photos.length}/${MAX_PHOTOS})`}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="image/*"
        multiple
        disabled={full || busy}
        aria-describedby={`${inputId}-hint`}
        onChange={(e) => {
          void add(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
