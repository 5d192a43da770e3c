import { useTranslation } from 'react-i18next';

export function RouteLoadingText() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('loading')}
    </p>
  );
}
