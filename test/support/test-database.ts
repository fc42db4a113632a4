import { Client } from 'pg';

/** Where the e2e suites create their databases: a superuser connection to the local server. */
export const TEST_PG_BASE = process.env.TEST_DATABASE_BASE_URL ?? `postgres://${process.env.PGUSER ?? 'postgres'}@127.0.0.1:5432`;
/**
 * Databases are named after the jest run that made them (its process id, set by the global setup),
 * so two runs on one machine never drop each other's; leftovers of dead runs are removed.
 */
export const testRunId = () => process.env.SG_TEST_RUN ?? String(process.pid);
export const templateDb = () => `sg_tpl_${testRunId()}`;
export const suiteDbPrefix = () => `sg_e2e_${testRunId()}_`;
const RUN_DB = /^sg_(?:tpl|e2e)_(\d+)/;

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
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${templateDb()}"`);
  return databaseUrl(name);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Drops this run's databases, and those of runs whose process is gone. */
export async function dropRunDatabases(options: { includeOwn: boolean }): Promise<void> {
  const rows = await adminQuery<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^sg_(tpl|e2e)_[0-9]+'`);
  for (const { datname } of rows) {
    const pid = Number(RUN_DB.exec(datname)?.[1]);
    const own = String(pid) === testRunId();
    if ((own && options.includeOwn) || (!own && !alive(pid))) await dropDatabase(datname);
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
