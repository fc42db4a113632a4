import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The database server's clock is the only clock: deadlines, signatures and audit times are never
 * taken from a request or from this process. Inside a transaction `now()` is the transaction's
 * start time, so every row written by one state change carries the same instant.
 */
@Injectable()
export class ClockService {
  constructor(private readonly dataSource: DataSource) {}

  async now(manager: EntityManager = this.dataSource.manager): Promise<Date> {
    const [row] = await manager.query(`SELECT date_trunc('milliseconds', now()) AS now`);
    return row.now as Date;
  }
}
