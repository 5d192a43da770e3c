import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { MembersHome } from './members-home.tsx';
import { useManaged } from './use-members.ts';
import './members.css';
import './strings.ts';

// The import screen brings the spreadsheet reader; the rest are small but rarely opened.
const ImportPage = lazy(() => import('./import-page.tsx').then((m) => ({ default: m.ImportPage })));
const InvitePage = lazy(() => import('./invite-page.tsx').then((m) => ({ default: m.InvitePage })));
const JoinQueuePage = lazy(() =>
  import('./join-queue-page.tsx').then((m) => ({ default: m.JoinQueuePage })),
);
const ChangesPage = lazy(() =>
  import('../transfers/changes-page.tsx').then((m) => ({ default: m.ChangesPage })),
);
const NewAccountPage = lazy(() =>
  import('./new-account-page.tsx').then((m) => ({ default: m.NewAccountPage })),
);

/** 党员管理 (/members/*): the roll, import, invitation code, join queue and accounts. */
export function MembersPage() {
  const { t } = useTranslation('members');
  const { ready, allowed } = useManaged();
  if (!ready) return null;
  if (!allowed) return <p className="muted">{t('notAllowed')}</p>;
  return (
    <div className="members-page">
      <Suspense fallback={<p className="muted">{t('loading')}</p>}>
        <Routes>
          <Route index element={<MembersHome />} />
          <Route path="m/:id" element={<MembersHome />} />
          <Route path="import" element={<ImportPage />} />
          <Route path="invite" element={<InvitePage />} />
          <Route path="joins" element={<JoinQueuePage />} />
          <Route path="new" element={<NewAccountPage />} />
          <Route path="changes" element={<ChangesPage />} />
        </Routes>
      </Suspense>
    </div>
  );
}
