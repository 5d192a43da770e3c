import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { PipelinePage } from './pipeline-page.tsx';
import { useRecruitmentScope } from './use-recruitment.ts';
import './recruitment.css';
import './strings.ts';

const CandidatePage = lazy(() =>
  import('./candidate-page.tsx').then((m) => ({ default: m.CandidatePage })),
);
const DistrictPage = lazy(() =>
  import('./district-page.tsx').then((m) => ({ default: m.DistrictPage })),
);

/** 发展党员 (/recruitment/*): a branch's pipeline, one candidate, the whole district. */
export function RecruitmentPage() {
  const { t } = useTranslation('recruitment');
  const { ready, allowed } = useRecruitmentScope();
  if (!ready) return null;
  if (!allowed) return <p className="muted">{t('notAllowed')}</p>;
  return (
    <div className="stack recruit-page">
      <nav className="recruit-nav" aria-label={t('nav.label')}>
        <NavLink to="/recruitment" end className="recruit-nav__link">
          {t('nav.branch')}
        </NavLink>
        <NavLink to="/recruitment/district" className="recruit-nav__link">
          {t('nav.district')}
        </NavLink>
      </nav>
      <Suspense fallback={<p className="muted">{t('loading')}</p>}>
        <Routes>
          <Route index element={<PipelinePage />} />
          <Route path="c/:id" element={<CandidatePage />} />
          <Route path="district" element={<DistrictPage />} />
        </Routes>
      </Suspense>
    </div>
  );
}
