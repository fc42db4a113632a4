import { DatabaseError } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';

import { statementName } from './statement-names';

interface PgPool {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * One statement outside any transaction, sent straight to the pg pool behind the data source, for
 * the few reads every request makes (the actor, a page and its relations). `dataSource.query`
 * returns the same rows, but first builds a query runner per statement (logger and subscriber
 * broadcasts, result wrappers), promise hops that cost more client CPU than the statement's own
 * work. This does what that runner does and no more: same pool (its size and metrics), same rows
 * (TypeORM hands pg's rows back untouched), an error the database reported wrapped in
 * QueryFailedError, a connection failure raised as it comes. The statement is prepared once per
 * pooled connection under a name derived from its text (statement-names.ts): the database plans
 * these reads once per connection, not once per request. Not for writes or work that must share a
 * transaction: use the transaction's manager for those.
 *
 * `pool.query` checks a client out, runs the statement and releases the client in one call, with
 * callbacks inside. The same work as `await pool.connect()`, `await client.query()` and `release()`
 * in an async function, measured (bench/RESULTS.md, 2026-12-02): that form kept each page's rows
 * alive past two minor collections, so V8 promoted them to the old generation, 40 KB a request of
 * garbage for the major collector.
 */
export async function plainQuery<R>(dataSource: DataSource, sql: string, params: readonly unknown[] = []): Promise<R[]> {
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  try {
    return (await pool.query({ name: statementName(sql), text: sql, values: params as unknown[] })).rows as R[];
  } catch (error) {
    if (error instanceof DatabaseError) throw new QueryFailedError(sql, params as unknown[], error);
    throw error;
  }
}
