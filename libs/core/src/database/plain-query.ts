import { DataSource, QueryFailedError } from 'typeorm';

import { statementName } from './statement-names';

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
  release(): void;
}

/**
 * One statement outside any transaction, sent straight to a client of the pg pool behind the data
 * source, for the few reads every request makes (the actor, a page and its relations).
 * `dataSource.query` returns the same rows, but first builds a query runner per statement (logger
 * and subscriber broadcasts, result wrappers), promise hops that cost more client CPU than the
 * statement's own work. This does what that runner does and no more: same pool (its size and
 * metrics), same rows (TypeORM hands pg's rows back untouched), a checkout failure raised as it
 * comes, a failed statement wrapped in QueryFailedError, the client released either way (pg-pool
 * drops one whose connection broke). The statement is prepared once per pooled connection under a
 * name derived from its text (statement-names.ts): the database plans these reads once per
 * connection, not once per request. Not for writes or work that must share a transaction: use
 * the transaction's manager for those.
 */
export async function plainQuery<R>(dataSource: DataSource, sql: string, params: readonly unknown[] = []): Promise<R[]> {
  const pool = (dataSource.driver as unknown as { master: { connect(): Promise<PgClient> } }).master;
  const client = await pool.connect();
  try {
    return (await client.query({ name: statementName(sql), text: sql, values: params as unknown[] })).rows as R[];
  } catch (error) {
    throw new QueryFailedError(sql, params as unknown[], error as Error);
  } finally {
    client.release();
  }
}
