import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { NewRequestPage } from './new-request-page.tsx';
import { RequestDetailPage } from './request-detail-page.tsx';
import { RequestsHome } from './requests-home.tsx';
import './requests.css';

// Staff, organizer and booking screens load only when visited: most members never open them.
const StaffQueuePage = lazy(() =>
  import('./staff-queue-page.tsx').then((m) => ({ default: m.StaffQueuePage })),
);
const OverviewPage = lazy(() =>
  import('./overview-page.tsx').then((m) => ({ default: m.OverviewPage })),
);
const VenuesPage = lazy(() =>
  import('../bookings/venues-page.tsx').then((m) => ({ default: m.VenuesPage })),
);
const VenuePage = lazy(() =>
  import('../bookings/venue-page.tsx').then((m) => ({ default: m.VenuePage })),
);
const ManageVenuesPage = lazy(() =>
  import('../bookings/manage-venues-page.tsx').then((m) => ({ default: m.ManageVenuesPage })),
);

/** 党群服务 (/services/*): requests, the staff queue, the overview and room booking. */
export function RequestsPage() {
  const { t } = useTranslation('common');
  return (
    <Suspense fallback={<p className="muted">{t('loading')}</p>}>
      <Routes>
        <Route index element={<RequestsHome />} />
        <Route path="new" element={<NewRequestPage />} />
        <Route path="r/:id" element={<RequestDetailPage />} />
        <Route path="queue" element={<StaffQueuePage />} />
        <Route path="overview" element={<OverviewPage />} />
        <Route path="venues" element={<VenuesPage />} />
        <Route path="venues/manage" element={<ManageVenuesPage />} />
        <Route path="venues/:id" element={<VenuePage />} />
      </Routes>
    </Suspense>
  );
}
