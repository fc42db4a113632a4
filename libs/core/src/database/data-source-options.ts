import { join, resolve } from 'path';
import { DataSourceOptions } from 'typeorm';

import { SnakeNamingStrategy } from './snake-naming.strategy';
import { installTimestamptzParser } from './timestamptz-parser';

/** The project root: the repository when running from sources, dist/ when compiled. */
const root = resolve(__dirname, '../../../..');

/**
 * One definition for the app, the worker, the tests and the TypeORM CLI. Entities and migrations
 * are found by file name, so core does not import the domain libraries.
 * `synchronize` is never on: the schema only moves through migrations.
 */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  installTimestamptzParser();
  return {
    type: 'postgres',
    url,
    entities: [join(root, 'libs/*/src/**/*.entity.{ts,js}')],
    migrations: [join(root, 'migrations/*.{ts,js}')],
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    extra: { max: 20, application_name: 'sprintgate' },
    ...extra,
  } as DataSourceOptions;
}
