import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { BookIcon, FlagIcon, HandshakeIcon, PersonIcon } from '../components/ui/icons.tsx';

const TABS = [
  { to: '/lessons', key: 'lessons', icon: <BookIcon /> },
  { to: '/events', key: 'events', icon: <FlagIcon /> },
  { to: '/services', key: 'services', icon: <HandshakeIcon /> },
  { to: '/me', key: 'me', icon: <PersonIcon /> },
] as const satisfies readonly { to: string; key: string; icon: ReactNode }[];

/** The four pillars within thumb reach; NavLink sets aria-current="page" on the active one. */
export function TabBar() {
  const { t } = useTranslation('nav');
  return (
    <nav className="tab-bar" aria-label={t('main')}>
      <ul className="tab-bar__list">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <NavLink to={tab.to} className="tab-bar__link">
              {tab.icon}
              <span>{t(tab.key)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
