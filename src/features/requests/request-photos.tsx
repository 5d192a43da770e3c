import { useTranslation } from 'react-i18next';
import type { RequestRecord } from '../../shared/records.ts';
import { usePhoto } from './use-photo.ts';
import './strings.ts';
import './requests.css';

export function Photo({ url, alt }: { url: string; alt: string }) {
  const { t } = useTranslation('requests');
  const photo = usePhoto(url);
  if (photo.state === 'ready') return <img className="photo-thumb" src={photo.src} alt={alt} />;
  return (
    <span className="photo-thumb photo-thumb--placeholder" role="img" aria-label={alt}>
      {photo.state === 'loading' ? t('detail.photoLoading') : t('detail.photoOffline')}
    </span>
  );
}

export function RequestPhotos({ photos }: { photos: RequestRecord['photos'] }) {
  const { t } = useTranslation('requests');
  if (photos.length === 0) return null;
  return (
    <section aria-labelledby="request-photos">
      <h2 id="request-photos">{t('detail.photos')}</h2>
      <ul className="photo-picker__list">
        {photos.map((p, i) => (
          <li key={p.id}>
            <Photo url={p.url} alt={t('form.photoAlt', { n: i + 1 })} />
          </li>
        ))}
      </ul>
    </section>
  );
}
