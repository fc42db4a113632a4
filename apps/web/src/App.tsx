import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';

import { RequireRole } from './auth/RequireRole';
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
const OfficerChallengesPage = lazy(() => import('./pages/officer/OfficerChallengesPage'));
const NewChallengePage = lazy(() => import('./pages/officer/NewChallengePage'));
const ManageChallengePage = lazy(() => import('./pages/officer/ManageChallengePage'));
const QuestionsInboxPage = lazy(() => import('./pages/officer/QuestionsInboxPage'));
const EvaluationBoardPage = lazy(() => import('./pages/officer/EvaluationBoardPage'));
const ModerationPage = lazy(() => import('./pages/officer/ModerationPage'));
const RankingPage = lazy(() => import('./pages/officer/RankingPage'));
const EvaluatorAssignmentsPage = lazy(() => import('./pages/evaluator/AssignmentsPage'));
const EvaluatorScoringPage = lazy(() => import('./pages/evaluator/ScoringPage'));
const OfficerContractsPage = lazy(() => import('./pages/officer-contracts/OfficerContractsPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const AdminPage = lazy(() => import('./pages/admin/AdminPage'));
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
  const officerOnly = (element: JSX.Element) => (
    <RequireRole roles={['OFFICER']}>
      <Suspense fallback={<Loading label={t('common.loading')} />}>{element}</Suspense>
    </RequireRole>
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
        <Route path="/officer/challenges" element={officerOnly(<OfficerChallengesPage />)} />
        <Route path="/officer/challenges/new" element={officerOnly(<NewChallengePage />)} />
        <Route path="/officer/challenges/:id" element={officerOnly(<ManageChallengePage />)} />
        <Route path="/officer/challenges/:id/questions" element={officerOnly(<QuestionsInboxPage />)} />
        <Route path="/officer/challenges/:id/board" element={officerOnly(<EvaluationBoardPage />)} />
        <Route path="/officer/challenges/:id/moderation" element={officerOnly(<ModerationPage />)} />
        <Route path="/officer/challenges/:id/ranking" element={officerOnly(<RankingPage />)} />
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
        <Route path="/notifications" element={signedIn(<NotificationsPage />)} />
        <Route path="/settings/notifications" element={signedIn(<NotificationSettingsPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
