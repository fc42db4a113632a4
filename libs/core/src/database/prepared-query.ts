import { EntityManager, QueryFailedError } from 'typeorm';

import { plainQuery } from './plain-query';
import { statementName } from './statement-names';

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * Runs one statement of a hot path as a named prepared statement on the manager's connection (its
 * transaction's, when it has one): PostgreSQL parses and plans a long statement (a bid's CTEs) once
 * per connection instead of on every request, and the text is sent once. Errors are TypeORM's
 * QueryFailedError, as from manager.query, so the error mapping (a unique violation is a CONFLICT)
 * does not change. Without a query runner (outside a transaction) it is plainQuery: the same
 * named statement on a pooled connection.
 */
export async function queryPrepared(manager: EntityManager, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  const runner = manager.queryRunner;
  if (!runner) return plainQuery(manager.connection, sql, params);
  const client = (await runner.connect()) as PgClient;
  try {
    return (await client.query({ name: statementName(sql), text: sql, values: params })).rows;
  } catch (error) {
    throw new QueryFailedError(sql, params, error as Error);
  }
}
