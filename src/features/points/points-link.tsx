import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './points-link.css';
import './strings.ts';

/** The way from 我的 to the points screen. */
export function PointsLink() {
  const { t } = useTranslation('points');
  return (
    <Link to="/me/points" className="card points-link">
      <span className="points-link__title">{t('link')}</span>
      <span className="muted">{t('linkHint')}</span>
    </Link>
  );
}
