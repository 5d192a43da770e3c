import { Route, Routes } from 'react-router';
import { InstructorHome } from './instructor-home.tsx';
import { VisitForm } from './visit-form.tsx';
import { VisitDetail } from './visit-detail.tsx';
import { WorklogPage } from './worklog-page.tsx';
import { WorklogsPage } from './worklogs-page.tsx';
import { VisitSettingsPage } from './visit-settings-page.tsx';
import { DiscussionPage } from './discussion-page.tsx';
import { DiscussionsPage } from './discussions-page.tsx';
import { ReviewPage } from './review-page.tsx';
import './visits.css';

/**
 * The instructor's area (党建指导员): home, visit form, visits, work logs, group discussions; and
 * the district's views, the yearly review among them.
 */
export function InstructorPage() {
  return (
    <Routes>
      <Route index element={<InstructorHome />} />
      <Route path="visit/:firmId?" element={<VisitForm />} />
      <Route path="v/:visitId" element={<VisitDetail />} />
      <Route path="worklog/:month" element={<WorklogPage />} />
      <Route path="worklogs" element={<WorklogsPage />} />
      <Route path="settings" element={<VisitSettingsPage />} />
      <Route path="discussions" element={<DiscussionsPage />} />
      <Route path="discussion/:discussionId" element={<DiscussionPage />} />
      <Route path="review" element={<ReviewPage />} />
    </Routes>
  );
}
