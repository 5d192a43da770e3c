import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useSession } from '../../sync/session.ts';
import { PointsLink } from '../points/points-link.tsx';
import { ListsLink } from '../lists/lists-link.tsx';
import { MyStage } from '../recruitment/my-stage.tsx';
import { FlowingLink } from '../transfers/flowing-link.tsx';
import { MemberCard } from './member-card.tsx';
import { PasswordSection } from './password-section.tsx';
import { SignOutButton } from './sign-out-button.tsx';
import { StorageSection } from './storage-section.tsx';
import { SyncSection } from './sync-section.tsx';
import { PushSection } from '../notify/push-section.tsx';
import { CalendarSection } from '../notify/calendar-section.tsx';
import './strings.ts';

interface MePageProps {
  /** Display settings (language, large text, contrast), composed in by the app that owns them. */
  settings?: ReactNode;
}

export function MePage({ settings }: MePageProps) {
  const { t } = useTranslation('me');
  const { user, card } = useSession();
  return (
    <div className="stack">
      <PageHeader title={t('title')} />
      {user && <MemberCard user={user} card={card} />}
      {user && <PointsLink />}
      {user && <ListsLink />}
      {user && <MyStage />}
      {user?.roles.includes('member') && <FlowingLink />}
      <SyncSection />
      {user && <PushSection />}
      {user && <CalendarSection />}
      {settings}
      <StorageSection />
      {user && <PasswordSection />}
      <SignOutButton />
    </div>
  );
}
