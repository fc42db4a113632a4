import type { Role } from '../auth/RequireRole';
import type { MessageKey } from '../i18n/messages.en';

/**
 * The signed-in navigation: one entry per page, shown to the roles that can use it. Pages add
 * their own line here; the header renders the entries the user's roles allow, in this order.
 */
export interface NavItem {
  to: string;
  label: MessageKey;
  roles: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/attestation', label: 'nav.attestation', roles: ['VENDOR'] },
  { to: '/submissions', label: 'nav.submissions', roles: ['VENDOR'] },
  { to: '/contracts', label: 'nav.contracts', roles: ['VENDOR'] },
  { to: '/officer/challenges', label: 'officer.nav', roles: ['OFFICER'] },
  { to: '/evaluations', label: 'evaluator.nav', roles: ['EVALUATOR'] },
  { to: '/buyer-contracts', label: 'officerContracts.nav', roles: ['OFFICER'] },
  { to: '/audit', label: 'audit.nav', roles: ['AUDITOR', 'ADMIN'] },
  { to: '/administration', label: 'admin.nav', roles: ['ADMIN'] },
];

export function navItemsFor(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.some((role) => roles.includes(role)));
}
