import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import {
  BookIcon,
  FlagIcon,
  HandshakeIcon,
  PersonIcon,
  WorkbenchIcon,
} from '../components/ui/icons.tsx';
import { mayUseWorkbench } from '../features/admin/may-use-workbench.ts';
import { useSession } from '../sync/session.ts';

type Tab = { to: string; key: 'lessons' | 'events' | 'services' | 'admin' | 'me'; icon: ReactNode };

const PILLARS: readonly Tab[] = [
  { to: '/lessons', key: 'lessons', icon: <BookIcon /> },
  { to: '/events', key: 'events', icon: <FlagIcon /> },
  { to: '/services', key: 'services', icon: <HandshakeIcon /> },
];
const WORKBENCH: Tab = { to: '/admin', key: 'admin', icon: <WorkbenchIcon /> };
const ME: Tab = { to: '/me', key: 'me', icon: <PersonIcon /> };

/**
 * The four pillars within thumb reach, and the workbench for those who run the organisation;
 * NavLink sets aria-current="page" on the active one.
 */
export function TabBar() {
  const { t } = useTranslation('nav');
  const { user } = useSession();
  const tabs = mayUseWorkbench(user?.roles) ? [...PILLARS, WORKBENCH, ME] : [...PILLARS, ME];
  return (
    <nav className="tab-bar" aria-label={t('main')}>
      <ul className={`tab-bar__list tab-bar__list--${tabs.length}`}>
        {tabs.map((tab) => (
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
