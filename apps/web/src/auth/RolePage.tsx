import { type ReactNode, Suspense } from 'react';

import { useI18n } from '../i18n/i18n';
import { Loading } from '../ui/Feedback';
import { RequireRole, type Role } from './RequireRole';

/** A lazy-loaded page of one kind of work: the role guard, then the page once its code arrives. */
export function RolePage({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <RequireRole roles={roles}>
      <Suspense fallback={<Loading label={t('common.loading')} />}>{children}</Suspense>
    </RequireRole>
  );
}
