import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { plainQuery } from '../database/plain-query';
import { isUuid } from '../ids';
import { Actor, RoleName } from './actor';
import { TokenService } from './token.service';

interface ActorRow {
  id: string;
  organisation_id: string;
  kind: 'BUYER' | 'VENDOR';
  roles: RoleName[];
  country: string;
  sme_class: string | null;
  suspended_at: Date | null;
  attestation_id: string | null;
  attestation_hash: string | null;
  attestation_status: string | null;
  attestation_expires_at: Date | null;
  now: Date;
}

/**
 * Turns an Authorization header into an Actor. The user row is read on every request so that a
 * removed user or a changed role takes effect at once, not when the token expires.
 */
@Injectable()
export class ActorResolver {
  constructor(
    private readonly tokens: TokenService,
    private readonly dataSource: DataSource,
  ) {}

  async fromAuthorizationHeader(header: string | undefined): Promise<Actor | null> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) return null;
    const userId = this.tokens.verify(match[1]);
    // A signed token whose subject is not a user id (another system's, or an old format) signs no one in.
    if (!userId || !isUuid(userId)) return null;
    // A vendor's standing rides along (its organisation is joined anyway; the current attestation by
    // a lateral join, only for the VENDOR role): every vendor read needs the attestation for
    // need-to-know visibility and every bid all of it for screening, and the statements of their own
    // cost those requests more API CPU than the lookups themselves (bench/RESULTS.md, 2026-12-02).
    const rows = await plainQuery<ActorRow>(
      this.dataSource,
      `SELECT u.id, u.organisation_id, o.kind, u.roles, o.country, o.sme_class, o.suspended_at, a.id AS attestation_id, a.hash AS attestation_hash,
              a.status AS attestation_status, a.expires_at AS attestation_expires_at,
              date_trunc('milliseconds', now()) AS now
           FROM app_user u JOIN organisation o ON o.id = u.organisation_id
           LEFT JOIN LATERAL (
             SELECT id, hash, status, expires_at FROM attestation
              WHERE vendor_organisation_id = u.organisation_id AND status <> 'SUPERSEDED'
              ORDER BY version DESC LIMIT 1
           ) a ON 'VENDOR' = ANY (u.roles)
          WHERE u.id = $1 AND u.disabled_at IS NULL`,
      [userId],
    );
    const row = rows[0];
    if (!row) return null;
    const actor: Actor = { userId: row.id, organisationId: row.organisation_id, organisationKind: row.kind, roles: row.roles };
    if (row.roles.includes('VENDOR'))
      actor.vendor = {
        country: row.country,
        smeClass: row.sme_class,
        suspendedAt: row.suspended_at,
        attestation: row.attestation_id
          ? {
              id: row.attestation_id,
              hash: row.attestation_hash as string,
              status: row.attestation_status as string,
              expiresAt: row.attestation_expires_at as Date,
              readAt: row.now,
            }
          : null,
      };
    return actor;
  }
}
