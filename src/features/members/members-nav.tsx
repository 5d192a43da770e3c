import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { usePendingJoinCount } from './use-members.ts';
import './strings.ts';

const LINKS = [
  { to: '/members', key: 'list', end: true },
  { to: '/members/joins', key: 'joins', end: false },
  { to: '/members/invite', key: 'invite', end: false },
  { to: '/members/import', key: 'import', end: false },
  { to: '/members/new', key: 'newAccount', end: false },
  { to: '/members/changes', key: 'changes', end: false },
] as const;

/** The members screens side by side: a row of links that scrolls sideways on a phone. */
export function MembersNav() {
  const { t } = useTranslation('members');
  const pending = usePendingJoinCount();
  const nav = useRef<HTMLElement>(null);
  // On a narrow phone the current screen's link may sit past the edge: bring it into view.
  useEffect(() => {
    nav.current
      ?.querySelector('[aria-current="page"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, []);
  return (
    <nav className="members-nav" aria-label={t('nav.label')} ref={nav}>
      {LINKS.map((link) => (
        <NavLink key={link.key} to={link.to} end={link.end} className="members-nav__link">
          {t(`nav.${link.key}`)}
          {link.key === 'joins' && !!pending && (
            <span className="members-nav__count">{pending}</span>
          )}
        </NavLink>
      ))}
    </nav>
  );
}
