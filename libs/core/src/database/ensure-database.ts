import { Client } from 'pg';

const PG_DATABASE_MISSING = '3D000';

/** The URL with its password hidden, for messages an operator may paste somewhere. */
export function displayUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * Makes sure the database named in `url` exists: connects to it, and when PostgreSQL answers that
 * it does not exist, creates it through the server's `postgres` database. Returns whether it
 * created it. When it cannot (no CREATEDB right, no access to `postgres`), the error says in one
 * line what to do.
 */
export async function ensureDatabase(url: string): Promise<boolean> {
  const probe = new Client({ connectionString: url });
  try {
    await probe.connect();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== PG_DATABASE_MISSING) throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const admin = new Client({ connectionString: maintenance.toString() });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } catch (error) {
    throw new Error(
      `database "${name}" does not exist and could not be created (${(error as Error).message}): ` +
        `create it with \`createdb ${name}\` as a PostgreSQL superuser, or give the DATABASE_URL user the CREATEDB right`,
    );
  } finally {
    await admin.end().catch(() => undefined);
  }
}
