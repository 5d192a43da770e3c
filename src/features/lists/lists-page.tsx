import { Route, Routes } from 'react-router';
import { PublishedView } from './published-view.tsx';
import { WorkbenchPage } from './workbench-page.tsx';
import './lists.css';

/** 三张清单: the published lists (everyone) and the workbench (organizers and departments). */
export function ListsPage() {
  return (
    <Routes>
      <Route index element={<PublishedView />} />
      <Route path="work" element={<WorkbenchPage />} />
    </Routes>
  );
}
