import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../core/src/database/data-source-options';
import { adminQuery, databaseUrl, dropDatabase, TEMPLATE_DB, TEST_DB_PREFIX } from './test-database';

/**
 * Once per e2e run: a template database migrated from scratch (which also proves the migrations
 * run on an empty database), and leftovers of interrupted runs removed.
 */
export default async function globalSetup(): Promise<void> {
  const stale = await adminQuery<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${TEST_DB_PREFIX}%`]);
  for (const { datname } of stale) await dropDatabase(datname);
  await dropDatabase(TEMPLATE_DB);
  await adminQuery(`CREATE DATABASE "${TEMPLATE_DB}"`);
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl(TEMPLATE_DB)), entities: [] });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
