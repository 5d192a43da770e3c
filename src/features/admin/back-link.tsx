import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './strings.ts';

/** Back to the workbench, in the page header's leading slot. */
export function BackLink({ to = '/admin', label }: { to?: string; label?: string }) {
  const { t } = useTranslation('admin');
  return (
    <Link to={to} className="icon-btn" aria-label={label ?? t('back')}>
      <span aria-hidden="true">‹</span>
    </Link>
  );
}
