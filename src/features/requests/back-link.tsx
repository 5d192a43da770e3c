import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The header's way back, a real link so it works with keyboard, screen reader and new tabs. */
export function BackLink({ to }: { to: string }) {
  const { t } = useTranslation('common');
  return (
    <Link className="icon-btn back-link" to={to} aria-label={t('back')} title={t('back')}>
      <span aria-hidden="true">‹</span>
    </Link>
  );
}
