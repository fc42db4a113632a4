/**
 * `npm run migration:run` (sources) and `npm run migration:run:prod` (dist/): creates the database
 * when it is missing, applies pending migrations one transaction each, and prints one line per
 * migration applied (never the SQL: the TypeORM CLI logs every statement). Any failure is one line
 * on stderr and exit code 1, so a deploy step fails loudly and readably.
 */
import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source-options';
import { displayUrl, ensureDatabase } from './ensure-database';

const DEV_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/sprintgate';

async function migrate(url: string): Promise<void> {
  if (await ensureDatabase(url)) console.log(`» created database ${displayUrl(url)}`);
  // No entities: migrations carry their own SQL, and loading entity files is not needed to run them.
  const dataSource = new DataSource({ ...dataSourceOptions(url), entities: [], logging: false });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) console.log(`» applied ${migration.name}`);
    console.log(
      applied.length
        ? `✓ ${applied.length} migration(s) applied to ${displayUrl(url)}`
        : `✓ ${displayUrl(url)} is up to date (no pending migration)`,
    );
  } finally {
    await dataSource.destroy();
  }
}

const url = process.env.DATABASE_URL || (process.env.NODE_ENV === 'production' ? '' : DEV_DATABASE_URL);
(url ? migrate(url) : Promise.reject(new Error('DATABASE_URL is required in production'))).catch((error: Error) => {
  console.error(`✗ migration failed: ${error.message.split('\n')[0]}`);
  process.exit(1);
});
