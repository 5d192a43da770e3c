import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { LessonListScreen } from './lesson-list-screen.tsx';
import { LessonScreen } from './lesson-screen.tsx';
import { DownloadsScreen } from './downloads-screen.tsx';
import './lessons.css';

// Organizer screens load only when an organizer opens them.
const ManageScreen = lazy(() =>
  import('./manage-screen.tsx').then((m) => ({ default: m.ManageScreen })),
);
const LessonEditor = lazy(() =>
  import('./lesson-editor.tsx').then((m) => ({ default: m.LessonEditor })),
);
const OverviewScreen = lazy(() =>
  import('./overview-screen.tsx').then((m) => ({ default: m.OverviewScreen })),
);

export function LessonsPage() {
  return (
    <Routes>
      <Route index element={<LessonListScreen />} />
      <Route path="downloads" element={<DownloadsScreen />} />
      <Route path="manage" element={<ManageScreen />} />
      <Route path="manage/new" element={<LessonEditor />} />
      <Route path="manage/:lessonId" element={<LessonEditor />} />
      <Route path="overview" element={<OverviewScreen />} />
      <Route path=":lessonId" element={<LessonScreen />} />
    </Routes>
  );
}
