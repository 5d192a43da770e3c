import { useTranslation } from 'react-i18next';
import { Button } from '../components/ui/button.tsx';
import { useUpdateStore } from './update-store.ts';

export function UpdateBanner() {
  const { t } = useTranslation();
  const apply = useUpdateStore((state) => state.apply);
  if (!apply) return null;
  return (
    <div className="update-banner" role="status">
      <p>{t('update.available')}</p>
      <Button small onClick={apply}>
        {t('update.reload')}
      </Button>
    </div>
  );
}
