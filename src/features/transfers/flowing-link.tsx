import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '../points/points-link.css';
import './strings.ts';

/** The way from 我的 to the flowing member registration. */
export function FlowingLink() {
  const { t } = useTranslation('transfers');
  return (
    <Link to="/me/flowing" className="card points-link">
      <span className="points-link__title">{t('flowing.entry')}</span>
      <span className="muted">{t('flowing.entryHint')}</span>
    </Link>
  );
}
