import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';

import { RequireVendor } from './auth/RequireVendor';
import { RolePage } from './auth/RolePage';
import { useI18n } from './i18n/i18n';
import { ChallengePage } from './pages/ChallengePage';
import { ChallengesPage } from './pages/ChallengesPage';
import { MetricsPage } from './pages/MetricsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RegisterPage } from './pages/RegisterPage';
import { SignInPage } from './pages/SignInPage';
import { Loading } from './ui/Feedback';
import { Layout } from './ui/Layout';

// Signed-in pages load on demand so the public pages' initial JavaScript stays small.
const AttestationPage = lazy(() => import('./pages/attestation/AttestationPage'));
const BidPage = lazy(() => import('./pages/bid/BidPage'));
const SubmissionsPage = lazy(() => import('./pages/SubmissionsPage'));
const ContractsPage = lazy(() => import('./pages/ContractsPage'));
const EvaluatorAssignmentsPage = lazy(() => import('./pages/evaluator/AssignmentsPage'));
const EvaluatorScoringPage = lazy(() => import('./pages/evaluator/ScoringPage'));
const OfficerContractsPage = lazy(() => import('./pages/officer-contracts/OfficerContractsPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const AdminPage = lazy(() => import('./pages/admin/AdminPage'));

export function App() {
  const { t } = useI18n();
  const vendorOnly = (element: JSX.Element) => (
    <RequireVendor>
      <Suspense fallback={<Loading label={t('common.loading')} />}>{element}</Suspense>
    </RequireVendor>
  );
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<ChallengesPage />} />
        <Route path="/challenges/:id" element={<ChallengePage />} />
        <Route path="/statistics" element={<MetricsPage />} />
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/attestation" element={vendorOnly(<AttestationPage />)} />
        <Route path="/challenges/:id/bid" element={vendorOnly(<BidPage />)} />
        <Route path="/submissions" element={vendorOnly(<SubmissionsPage />)} />
        <Route path="/contracts" element={vendorOnly(<ContractsPage />)} />
        <Route
          path="/evaluations"
          element={
            <RolePage roles={['EVALUATOR']}>
              <EvaluatorAssignmentsPage />
            </RolePage>
          }
        />
        <Route
          path="/evaluations/:id"
          element={
            <RolePage roles={['EVALUATOR']}>
              <EvaluatorScoringPage />
            </RolePage>
          }
        />
        <Route
          path="/buyer-contracts"
          element={
            <RolePage roles={['OFFICER']}>
              <OfficerContractsPage />
            </RolePage>
          }
        />
        <Route
          path="/audit"
          element={
            <RolePage roles={['AUDITOR', 'ADMIN']}>
              <AuditPage />
            </RolePage>
          }
        />
        <Route
          path="/administration"
          element={
            <RolePage roles={['ADMIN']}>
              <AdminPage />
            </RolePage>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
