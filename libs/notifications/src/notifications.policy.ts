import { Actor, hasRole } from '@app/core';

import type { NotificationKind } from './notification-kinds';
import { kindsForRoles } from './rules/kinds-by-role';

/**
 * Who may see and do what with notifications, in one place.
 * - A user's inbox, preferences and saved searches are theirs alone: every read is scoped to the
 *   actor's user id, so another user's notification or saved search reads as missing (NOT_FOUND),
 *   and marking another user's notification read changes nothing.
 * - Saved searches (the "new challenge" alerts) are for vendor users.
 * - A user sets preferences for the kinds their roles can hear of.
 */
export const NotificationsPolicy = {
  /** The rows of notification `alias` that belong to the user whose id the caller binds as `param`. */
  ownerSql(alias: string, param: string): string {
    return `${alias}.recipient_user_id = ${param}`;
  },

  canSaveSearches(actor: Actor): boolean {
    return hasRole(actor, 'VENDOR');
  },

  canSetPreference(actor: Actor, kind: NotificationKind): boolean {
    return kindsForRoles(actor.roles).includes(kind);
  },
};
