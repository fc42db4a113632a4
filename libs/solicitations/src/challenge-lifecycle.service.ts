import { invalidState, Tx } from '@app/core';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import { ChallengeEntity } from './entities/challenge.entity';
import type { ChallengeStatusName } from './solicitations.types';

/**
 * Status moves that other domains drive after close (evaluation, contracts). Each takes the
 * caller's transaction so the move commits with the caller's rows, audit and jobs; the challenge
 * row is locked FOR UPDATE first, which also serialises concurrent workers on one challenge.
 */
@Injectable()
export class ChallengeLifecycleService {
  /**
   * The challenge locked FOR UPDATE, or null when it does not exist (or, with skipLocked, when
   * another transaction holds it: a sweeper leaves work in progress alone instead of queueing behind it).
   */
  lock(tx: Tx, challengeId: string, options: { skipLocked?: boolean } = {}): Promise<ChallengeEntity | null> {
    return tx.manager.findOne(ChallengeEntity, {
      where: { id: challengeId },
      lock: options.skipLocked ? { mode: 'pessimistic_write', onLocked: 'skip_locked' } : { mode: 'pessimistic_write' },
    });
  }

  /** Ids of challenges in the given states, oldest first: what the evaluation sweeper revisits. */
  async idsInStatus(tx: Tx, statuses: ChallengeStatusName[], limit = 500): Promise<string[]> {
    const rows = await tx.manager.find(ChallengeEntity, {
      select: { id: true },
      where: { status: In(statuses) },
      order: { updatedAt: 'ASC' },
      take: limit,
    });
    return rows.map((r) => r.id);
  }

  /** CLOSED → EVALUATING once screening found at least one eligible submission. */
  startEvaluation(tx: Tx, challenge: ChallengeEntity, data: Record<string, unknown> = {}): Promise<ChallengeEntity> {
    return this.move(tx, challenge, ['CLOSED'], 'EVALUATING', 'challenge.evaluating', data);
  }

  /** CLOSED or EVALUATING → NO_AWARD: nothing eligible was left to award. */
  markNoAward(tx: Tx, challenge: ChallengeEntity, data: Record<string, unknown> = {}): Promise<ChallengeEntity> {
    return this.move(tx, challenge, ['CLOSED', 'EVALUATING'], 'NO_AWARD', 'challenge.no-award', data);
  }

  /** EVALUATING → AWARD_PENDING: the officer's decision, stamped with the database clock. */
  markAwardPending(tx: Tx, challenge: ChallengeEntity, data: Record<string, unknown> = {}): Promise<ChallengeEntity> {
    challenge.awardedAt = tx.now;
    return this.move(tx, challenge, ['EVALUATING'], 'AWARD_PENDING', 'challenge.award-pending', data);
  }

  /**
   * AWARD_PENDING → AWARDED once every winner holds its contract (contracts domain). True when
   * this call moved it; false when it had already moved on, so a second issuing run is a no-op.
   */
  async markAwarded(tx: Tx, challengeId: string): Promise<boolean> {
    const challenge = await this.lock(tx, challengeId);
    if (!challenge || challenge.status !== 'AWARD_PENDING') return false;
    await this.move(tx, challenge, ['AWARD_PENDING'], 'AWARDED', 'challenge.awarded', {});
    return true;
  }

  private async move(
    tx: Tx,
    challenge: ChallengeEntity,
    from: ChallengeStatusName[],
    to: ChallengeStatusName,
    action: string,
    data: Record<string, unknown>,
  ) {
    if (!from.includes(challenge.status)) throw invalidState(`A ${challenge.status} challenge cannot become ${to}`);
    const previous = challenge.status;
    Object.assign(challenge, { status: to, updatedAt: tx.now });
    await tx.manager.save(challenge);
    tx.audit({
      action,
      entityType: 'Challenge',
      entityId: challenge.id,
      data: { from: previous, ...data, ...(to === 'AWARD_PENDING' ? { awardedAt: tx.now } : {}) },
    });
    return challenge;
  }
}
