import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../../libs/core/src/database/data-source-options';
import { adminQuery, databaseUrl, dropRunDatabases, templateDb } from './test-database';

/**
 * Once per e2e run: a template database migrated from scratch (which also proves the migrations
 * run on an empty database), and leftovers of interrupted runs removed.
 */
export default async function globalSetup(): Promise<void> {
  process.env.SG_TEST_RUN = String(process.pid); // inherited by the jest workers
  await dropRunDatabases({ includeOwn: true });
  await adminQuery(`CREATE DATABASE "${templateDb()}"`);
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl(templateDb())), entities: [] });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
