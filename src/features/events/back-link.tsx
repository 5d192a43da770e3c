import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A back link with a visible arrow and an accessible name. */
export function BackLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <Link className="icon-btn back-link" to={to} aria-label={t('back')}>
      <span aria-hidden="true">‹</span>
    </Link>
  );
}
