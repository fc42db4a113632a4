import { Actor, EntityRows, isUuid, notFound, queryPrepared } from '@app/core';
import type { CurrentAttestation } from '@app/sovereignty';
import { EntityManager } from 'typeorm';

import { ChallengeViewerService } from './challenge-viewer';
import { ChallengeEntity } from './entities/challenge.entity';
import { SolicitationsPolicy } from './solicitations.policy';

/** A challenge locked for a bid, with the database clock read in the same statement. */
export interface LockedForBid {
  challenge: ChallengeEntity;
  /** The transaction's start (now()), to the millisecond: what Tx.now holds. */
  now: Date;
  /** clock_timestamp() once the lock was granted, to the millisecond: when the bid is accepted. */
  lockedAt: Date;
}

const rowsCache = new WeakMap<object, EntityRows<ChallengeEntity>>();

/**
 * The first statement of a bid's transaction: the challenge the vendor may see (the visibility
 * predicate the lists use, from the attestation the bid has just read), locked FOR UPDATE, plus
 * both clocks. Three round trips (the transaction's now(), the lock, clock_timestamp()) become one.
 * The lock is taken in a MATERIALIZED CTE and the clocks are read over its rows, so
 * clock_timestamp() is evaluated after the lock was granted, however long it was waited for: the
 * deadline comparison stays the one the closer (which takes the same lock) cannot race.
 */
export async function lockChallengeForBid(
  manager: EntityManager,
  actor: Actor,
  attestation: CurrentAttestation | null,
  id: string,
): Promise<LockedForBid> {
  if (!isUuid(id)) throw notFound('Challenge');
  const dataSource = manager.connection;
  let rows = rowsCache.get(dataSource);
  if (!rows) rowsCache.set(dataSource, (rows = new EntityRows(dataSource, ChallengeEntity, 'c')));
  const visibility = SolicitationsPolicy.visibilitySql(ChallengeViewerService.withAttestation(actor, attestation), 'c');
  const [sql, params] = dataSource.driver.escapeQueryWithParameters(
    `WITH locked AS MATERIALIZED (
       SELECT ${rows.columnList} FROM challenge c WHERE c.id = :challengeId AND ${visibility.sql} FOR UPDATE
     )
     SELECT locked.*, date_trunc('milliseconds', now()) AS tx_now, date_trunc('milliseconds', clock_timestamp()) AS locked_at
       FROM locked`,
    { ...visibility.params, challengeId: id },
  );
  const found = await queryPrepared(manager, sql, params); // parsed and planned once per connection
  if (!found.length) throw notFound('Challenge');
  return { challenge: rows.map(found)[0], now: found[0].tx_now as Date, lockedAt: found[0].locked_at as Date };
}
