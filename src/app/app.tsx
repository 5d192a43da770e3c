import { BrowserRouter } from 'react-router';
import { AppRoutes } from './router.tsx';
import { UpdateBanner } from './update-banner.tsx';

export function App() {
  return (
    <BrowserRouter>
      <UpdateBanner />
      <AppRoutes />
    </BrowserRouter>
  );
}
