import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '../points/points-link.css';
import './strings.ts';

/** The way from 我的 to the park's published three lists. */
export function ListsLink() {
  const { t } = useTranslation('lists');
  return (
    <Link to="/lists" className="card points-link">
      <span className="points-link__title">{t('link')}</span>
      <span className="muted">{t('linkHint')}</span>
    </Link>
  );
}
