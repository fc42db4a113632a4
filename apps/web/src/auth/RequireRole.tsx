import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';

import { useI18n } from '../i18n/i18n';
import { Page } from '../ui/Page';
import { useSession } from './session';

export type Role = 'VENDOR' | 'OFFICER' | 'EVALUATOR' | 'AUDITOR' | 'ADMIN';

/**
 * Pages of one kind of work: a visitor is sent to sign in (and brought back after); an account
 * without any of the roles is told whose page this is instead of meeting FORBIDDEN errors.
 * The API still checks every request: this only spares people a page they cannot use.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  if (!user) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  if (!roles.some((role) => user.roles.includes(role)))
    return (
      <Page title={t('roleOnly.title')}>
        <p>{t('roleOnly.text', { roles: roles.map((role) => t(`role.${role}`)).join(', ') })}</p>
      </Page>
    );
  return <>{children}</>;
}
