import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { formatBytes } from '../../i18n/format.ts';
import { requestPersistentStorage, useStorageEstimate } from '../../sync/storage.ts';
import './strings.ts';

type PersistResult = 'persisted' | 'notPersisted' | 'unsupported';

/** Safari may clear an unused site's data; showing usage and asking to persist guards against it. */
export function StorageSection() {
  const { t, i18n } = useTranslation('me');
  const estimate = useStorageEstimate();
  const [result, setResult] = useState<PersistResult | null>(null);

  const ask = async () => {
    const granted = await requestPersistentStorage().catch(() => null);
    setResult(granted === null ? 'unsupported' : granted ? 'persisted' : 'notPersisted');
  };

  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title" className="card__title">
        {t('storage.title')}
      </h2>
      <p>
        {estimate
          ? t('storage.used', {
              used: formatBytes(estimate.usage, i18n.language),
              quota: formatBytes(estimate.quota, i18n.language),
            })
          : t('storage.unknown')}
      </p>
      <Button variant="secondary" onClick={() => void ask()}>
        {t('storage.persist')}
      </Button>
      <p role="status" className="muted">
        {result && t(`storage.${result}`)}
      </p>
    </section>
  );
}
