import { dropRunDatabases } from './test-database';

/** The run's template and any suite database a crashed suite left behind. */
export default async function globalTeardown(): Promise<void> {
  await dropRunDatabases({ includeOwn: true });
}
