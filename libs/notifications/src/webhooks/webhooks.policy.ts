import { Actor, hasRole } from '@app/core';

/**
 * Who may see and manage webhooks, in one place:
 * - An organisation's vendors (vendor side) or officers (buyer side) manage its webhooks; admins
 *   manage their own organisation's too.
 * - Webhooks and their deliveries belong to one organisation: to anybody else they do not exist
 *   (NOT_FOUND, never FORBIDDEN), auditors and admins included.
 */
export const WebhooksPolicy = {
  ROLES: ['VENDOR', 'OFFICER', 'ADMIN'] as const,

  canManage(actor: Actor | null): actor is Actor {
    return hasRole(actor, ...WebhooksPolicy.ROLES);
  },

  isOwn(actor: Actor | null, webhook: { organisationId: string }): boolean {
    return WebhooksPolicy.canManage(actor) && actor.organisationId === webhook.organisationId;
  },
};
