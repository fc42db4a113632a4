import { Actor, isUuid, notFound } from '@app/core';
import { EntityManager } from 'typeorm';

import { ChallengeEntity } from './entities/challenge.entity';
import { SolicitationsPolicy } from './solicitations.policy';

/**
 * Loads a challenge the actor manages, locked FOR UPDATE so its state cannot move underneath
 * the change. A missing challenge and someone else's look the same (NOT_FOUND).
 */
export async function lockManagedChallenge(manager: EntityManager, actor: Actor, id: string): Promise<ChallengeEntity> {
  const challenge = isUuid(id) ? await manager.findOne(ChallengeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!challenge || !SolicitationsPolicy.canManage(actor, challenge)) throw notFound('Challenge');
  return challenge;
}

/** Loads a challenge the actor may see (optionally locked: FOR SHARE or FOR UPDATE), or NOT_FOUND. */
export async function visibleChallenge(
  manager: EntityManager,
  actor: Actor | null,
  id: string,
  lock?: 'pessimistic_read' | 'pessimistic_write',
): Promise<ChallengeEntity> {
  const challenge = isUuid(id)
    ? await manager.findOne(ChallengeEntity, { where: { id }, ...(lock ? { lock: { mode: lock } } : {}) })
    : null;
  if (!challenge || !SolicitationsPolicy.canView(actor, challenge)) throw notFound('Challenge');
  return challenge;
}
