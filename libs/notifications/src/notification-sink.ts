import type { EntityManager } from 'typeorm';

import type { NotificationKind } from './notification-kinds';

export interface NotifiedEvent {
  /** Unique per source event (audit event id, or the sweep's key): the exactly-once key. */
  eventKey: string;
  kind: NotificationKind; // TS string-literal union exported from notification-kinds.ts
  occurredAt: Date;
  challengeId: string | null;
  /** Organisations with at least one recipient of this event (a webhook goes to each once). */
  organisationIds: string[];
  /** Public-safe facts for the payload (ids, titles, statuses); never a sealed bid to anyone but its vendor. */
  data: Record<string, unknown>;
}
export interface NotificationSink {
  plan(manager: EntityManager, event: NotifiedEvent): Promise<void>;
}
export const NOTIFICATION_SINKS = Symbol('NOTIFICATION_SINKS');
