import 'reflect-metadata';

import { dataSourceOptions } from '@app/core';
import { createSuiteDatabase, dropDatabase, suiteDbPrefix } from '@app/testing';
import { DataSource } from 'typeorm';

/**
 * Entities and migrations must agree: on a database migrated from scratch (the template), TypeORM's
 * schema builder finds nothing to change. The same check as `migration:generate --check`.
 */
describe('entities vs migrations', () => {
  const name = `${suiteDbPrefix()}drift_${process.pid}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource(dataSourceOptions(await createSuiteDatabase(name)));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(name);
  });

  it('has no pending schema change', async () => {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('has run every migration file', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
