import { createHash } from 'crypto';

import { canonicalJson } from './canonical-json';

/** The hash of the link before the first one. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditLink {
  seq: number;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
}

/** hash = SHA-256(prevHash + canonical JSON of the rest of the row). */
export function auditHash(prevHash: string, link: AuditLink): string {
  const body = canonicalJson({
    seq: link.seq,
    at: link.at,
    actorId: link.actorId,
    action: link.action,
    entityType: link.entityType,
    entityId: link.entityId,
    data: link.data,
  });
  return createHash('sha256')
    .update(prevHash + body)
    .digest('hex');
}
