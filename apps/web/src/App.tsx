import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';

import { RequireRole } from './auth/RequireRole';
import { RequireVendor } from './auth/RequireVendor';
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
const NotificationsPage = lazy(() => import('./pages/notifications/NotificationsPage'));
const NotificationSettingsPage = lazy(() => import('./pages/notifications/NotificationSettingsPage'));
const EVERY_ROLE = ['VENDOR', 'OFFICER', 'EVALUATOR', 'AUDITOR', 'ADMIN'] as const;

export function App() {
  const { t } = useI18n();
  const vendorOnly = (element: JSX.Element) => (
    <RequireVendor>
      <Suspense fallback={<Loading label={t('common.loading')} />}>{element}</Suspense>
    </RequireVendor>
  );
  const signedIn = (element: JSX.Element) => (
    <RequireRole roles={EVERY_ROLE}>
      <Suspense fallback={<Loading label={t('common.loading')} />}>{element}</Suspense>
    </RequireRole>
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
        <Route path="/notifications" element={signedIn(<NotificationsPage />)} />
        <Route path="/settings/notifications" element={signedIn(<NotificationSettingsPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
