import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useSession } from '../../sync/session.ts';
import './strings.ts';

type CardKey =
  | 'tree'
  | 'firms'
  | 'coverage'
  | 'members'
  | 'recruitment'
  | 'groups'
  | 'overdue'
  | 'venues'
  | 'reports'
  | 'audit'
  | 'instructor';

const CARDS: readonly { key: CardKey; to: string }[] = [
  { key: 'tree', to: '/admin/tree' },
  { key: 'firms', to: '/admin/firms' },
  { key: 'coverage', to: '/admin/coverage' },
  { key: 'members', to: '/members' },
  { key: 'recruitment', to: '/recruitment' },
  { key: 'groups', to: '/admin/groups' },
  { key: 'overdue', to: '/admin/overdue' },
  { key: 'venues', to: '/services/venues/manage' },
  { key: 'reports', to: '/reports' },
  { key: 'audit', to: '/admin/audit' },
  { key: 'instructor', to: '/instructor' },
];

/** The workbench: one card per area of organisation work, within a thumb's reach (AdminPage checks the role). */
export function Workbench() {
  const { t } = useTranslation('admin');
  const { user } = useSession();
  const roles = user?.roles ?? [];
  const organizer = roles.includes('organizer') || roles.includes('admin');
  // an instructor without an organizer role sees the register (their firms) only
  const cards = organizer
    ? CARDS
    : CARDS.filter((c) => c.key === 'firms' || c.key === 'instructor');
  return (
    <div className="stack">
      <PageHeader title={t('workbench.title')} />
      <p className="muted">{t('workbench.intro')}</p>
      <ul className="workbench">
        {cards.map((c) => (
          <li key={c.key}>
            <Link className="workbench__card" to={c.to}>
              <span className="workbench__title">{t(`workbench.${c.key}.title`)}</span>
              <span className="workbench__body">{t(`workbench.${c.key}.body`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
