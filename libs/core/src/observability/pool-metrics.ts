import { DataSource } from 'typeorm';

import { MetricsRegistry } from './metrics-registry';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** pg pool gauges (total, idle, waiting clients), read from TypeORM's pool at scrape time. */
export function registerPoolMetrics(metrics: MetricsRegistry, dataSource: DataSource): void {
  metrics.gauge('sprintgate_pg_pool_clients', 'PostgreSQL pool clients by state', ['state'], (gauge) => {
    const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
    if (!pool) return;
    gauge.set({ state: 'total' }, pool.totalCount);
    gauge.set({ state: 'idle' }, pool.idleCount);
    gauge.set({ state: 'waiting' }, pool.waitingCount);
  });
}
