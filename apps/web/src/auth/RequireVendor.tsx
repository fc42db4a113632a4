import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';

import { useI18n } from '../i18n/i18n';
import { Page } from '../ui/Page';
import { useSession } from './session';

/**
 * Pages of a vendor's own work: a visitor is sent to sign in (and brought back after); a buyer's
 * or admin's account is told these pages are for vendors instead of meeting FORBIDDEN errors.
 */
export function RequireVendor({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  if (!user) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  if (!user.roles.includes('VENDOR'))
    return (
      <Page title={t('vendorOnly.title')}>
        <p>{t('vendorOnly.text')}</p>
      </Page>
    );
  return <>{children}</>;
}
