import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useSession } from '../../sync/session.ts';
import { mayUseWorkbench } from './may-use-workbench.ts';
import './strings.ts';

type CardKey = 'tree' | 'firms' | 'coverage' | 'members' | 'groups' | 'venues' | 'audit';

const CARDS: readonly { key: CardKey; to: string; organizers: boolean }[] = [
  { key: 'tree', to: '/admin/tree', organizers: true },
  { key: 'firms', to: '/admin/firms', organizers: true },
  { key: 'coverage', to: '/admin/coverage', organizers: true },
  { key: 'members', to: '/members', organizers: true },
  { key: 'groups', to: '/admin/groups', organizers: true },
  { key: 'venues', to: '/services/venues/manage', organizers: true },
  { key: 'audit', to: '/admin/audit', organizers: true },
];

/** The workbench: one card per area of organisation work, within a thumb's reach. */
export function Workbench() {
  const { t } = useTranslation('admin');
  const { user, ready } = useSession();
  if (!ready) return null;
  const roles = user?.roles ?? [];
  if (!mayUseWorkbench(roles)) return <EmptyState title={t('notForYou')} />;
  const organizer = roles.includes('organizer') || roles.includes('admin');
  // an instructor without an organizer role sees the register (their firms) only
  const cards = organizer ? CARDS : CARDS.filter((c) => c.key === 'firms');
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
