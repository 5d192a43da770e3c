import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import {
  BookIcon,
  FlagIcon,
  HandshakeIcon,
  InboxIcon,
  PersonIcon,
  WorkbenchIcon,
} from '../components/ui/icons.tsx';
import { mayUseWorkbench } from '../features/admin/may-use-workbench.ts';
import { useSession } from '../sync/session.ts';
import { useUnreadCount } from '../features/inbox/use-inbox.ts';

type Tab = {
  to: string;
  key: 'lessons' | 'events' | 'services' | 'inbox' | 'admin' | 'me';
  icon: ReactNode;
};

const PILLARS: readonly Tab[] = [
  { to: '/lessons', key: 'lessons', icon: <BookIcon /> },
  { to: '/events', key: 'events', icon: <FlagIcon /> },
  { to: '/services', key: 'services', icon: <HandshakeIcon /> },
];
const INBOX: Tab = { to: '/inbox', key: 'inbox', icon: <InboxIcon /> };
const WORKBENCH: Tab = { to: '/admin', key: 'admin', icon: <WorkbenchIcon /> };
const ME: Tab = { to: '/me', key: 'me', icon: <PersonIcon /> };

/**
 * The pillars and the inbox (with its unread count) within thumb reach, and the workbench for
 * those who run the organisation;
 * NavLink sets aria-current="page" on the active one.
 */
export function TabBar() {
  const { t } = useTranslation('nav');
  const { user } = useSession();
  const unread = useUnreadCount();
  const tabs = mayUseWorkbench(user?.roles)
    ? [...PILLARS, INBOX, WORKBENCH, ME]
    : [...PILLARS, INBOX, ME];
  return (
    <nav className="tab-bar" aria-label={t('main')}>
      <ul className={`tab-bar__list tab-bar__list--${tabs.length}`}>
        {tabs.map((tab) => (
          <li key={tab.key}>
            <NavLink to={tab.to} className="tab-bar__link">
              {tab.icon}
              <span>{t(tab.key)}</span>
              {tab.key === 'inbox' && unread > 0 && (
                // The count is read out with the tab's name ("通知 3 条未读").
                <span className="tab-bar__count">
                  <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
                  <span className="visually-hidden">{t('inboxUnread', { count: unread })}</span>
                </span>
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
