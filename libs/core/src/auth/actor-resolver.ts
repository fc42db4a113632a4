import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { plainQuery } from '../database/plain-query';
import { isUuid } from '../ids';
import { Actor, RoleName } from './actor';
import { TokenService } from './token.service';

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
    const rows = await plainQuery<{ id: string; organisation_id: string; kind: 'BUYER' | 'VENDOR'; roles: RoleName[] }>(
      this.dataSource,
      `SELECT u.id, u.organisation_id, o.kind, u.roles
           FROM app_user u JOIN organisation o ON o.id = u.organisation_id
          WHERE u.id = $1 AND u.disabled_at IS NULL`,
      [userId],
    );
    const row = rows[0];
    if (!row) return null;
    return { userId: row.id, organisationId: row.organisation_id, organisationKind: row.kind, roles: row.roles };
  }
}
