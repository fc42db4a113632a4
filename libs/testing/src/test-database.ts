import { Client } from 'pg';

/** Where the e2e suites create their databases: a superuser connection to the local server. */
export const TEST_PG_BASE = process.env.TEST_DATABASE_BASE_URL ?? `postgres://${process.env.PGUSER ?? 'postgres'}@127.0.0.1:5432`;
export const TEMPLATE_DB = 'sprintgate_test_template';
export const TEST_DB_PREFIX = 'sg_e2e_';

export const databaseUrl = (name: string) => `${TEST_PG_BASE}/${name}`;

export async function adminQuery<T = unknown>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template (milliseconds, not a migration run). */
export async function createSuiteDatabase(name: string): Promise<string> {
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
