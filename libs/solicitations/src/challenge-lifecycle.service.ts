import { AuditActionData, AuditRecord, invalidState, Tx } from '@app/core';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import { canTransition, CHALLENGE_TRANSITIONS, type ChallengeTransitionName } from './engine/challenge-transitions';
import { ChallengeEntity } from './entities/challenge.entity';
import type { ChallengeStatusName } from './solicitations.types';

/**
 * Status moves of a challenge, through the transition table (engine/challenge-transitions.ts): this
 * domain's publish, cancel and close, and the moves other domains drive after close (evaluation,
 * contracts). Each takes the caller's transaction so the move commits with the caller's rows, audit and jobs; the challenge
 * row is locked FOR UPDATE first, which also serialises concurrent workers on one challenge.
 */
/** What a move's audit event records besides the state it left, per the audit action map. */
type MoveData<T extends ChallengeTransitionName> = Omit<AuditActionData[(typeof CHALLENGE_TRANSITIONS)[T]['action']], 'from'>;

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
  startEvaluation(tx: Tx, challenge: ChallengeEntity, data: MoveData<'evaluate'> = {}): Promise<ChallengeEntity> {
    return this.move(tx, challenge, 'evaluate', data);
  }

  /** CLOSED or EVALUATING → NO_AWARD: nothing eligible was left to award. */
  markNoAward(tx: Tx, challenge: ChallengeEntity, data: MoveData<'noAward'> = {}): Promise<ChallengeEntity> {
    return this.move(tx, challenge, 'noAward', data);
  }

  /** EVALUATING → AWARD_PENDING: the officer's decision, stamped with the database clock. */
  markAwardPending(tx: Tx, challenge: ChallengeEntity, data: Omit<MoveData<'awardPending'>, 'awardedAt'>): Promise<ChallengeEntity> {
    challenge.awardedAt = tx.now;
    return this.move(tx, challenge, 'awardPending', { ...data, awardedAt: tx.now });
  }

  /**
   * AWARD_PENDING → AWARDED once every winner holds its contract (contracts domain). True when
   * this call moved it; false when it had already moved on, so a second issuing run is a no-op.
   */
  async markAwarded(tx: Tx, challengeId: string): Promise<boolean> {
    const challenge = await this.lock(tx, challengeId);
    if (!challenge || !canTransition(challenge.status, 'awarded')) return false;
    await this.move(tx, challenge, 'awarded', {});
    return true;
  }

  /**
   * The one place a challenge's status changes: checked against the transition table, saved, and audited
   * with the state it left. `data` carries what the move's audit event records beyond that.
   */
  async move<T extends ChallengeTransitionName>(
    tx: Tx,
    challenge: ChallengeEntity,
    transition: T,
    data: MoveData<T>,
  ): Promise<ChallengeEntity> {
    const { to, action } = CHALLENGE_TRANSITIONS[transition];
    if (!canTransition(challenge.status, transition)) throw invalidState(`A ${challenge.status} challenge cannot become ${to}`);
    const previous = challenge.status;
    Object.assign(challenge, { status: to, updatedAt: tx.now });
    await tx.manager.save(challenge);
    // MoveData<T> ties the data to the transition's action; TypeScript cannot follow that through the table.
    tx.audit({ action, entityType: 'Challenge', entityId: challenge.id, data: { from: previous, ...data } } as AuditRecord);
    return challenge;
  }
}
