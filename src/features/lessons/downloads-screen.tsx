import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { CloudOffIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { formatBytes } from '../../i18n/format.ts';
import { pruneWithdrawnDownloads, removeDownload, useDownloads } from './downloads.ts';
import './strings.ts';

export function DownloadsScreen() {
  const { t, i18n } = useTranslation('lessons');
  const downloads = useDownloads();
  // Withdrawn lessons vanish from the list with their record; their files go here too.
  useEffect(() => {
    void pruneWithdrawnDownloads().catch(() => undefined);
  }, []);
  const back = (
    <Link className="btn btn--ghost btn--small" to="/lessons">
      ← {t('lesson.back')}
    </Link>
  );
  if (downloads === undefined) return null;
  const total = downloads.reduce((n, d) => n + d.bytes, 0);
  return (
    <>
      <PageHeader title={t('downloads.title')} leading={back} />
      {downloads.length === 0 ? (
        <EmptyState icon={<CloudOffIcon />} title={t('downloads.empty')} />
      ) : (
        <>
          <p className="downloads__total">
            {t('downloads.total', {
              count: downloads.length,
              size: formatBytes(total, i18n.language),
            })}
          </p>
          <ul className="lesson-list">
            {downloads.map((d) => (
              <li key={d.lesson.id} className="download-row">
                <Link className="lesson-row" to={`/lessons/${d.lesson.id}`}>
                  <span className="lesson-row__title">{d.lesson.title}</span>
                  <span className="lesson-row__meta">
                    {t('downloads.size', { size: formatBytes(d.bytes, i18n.language) })}
                  </span>
                </Link>
                <Button
                  variant="ghost"
                  small
                  aria-label={t('downloads.remove', { title: d.lesson.title })}
                  onClick={() => void removeDownload(d.lesson.id)}
                >
                  {t('download.remove')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
