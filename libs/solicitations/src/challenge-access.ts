import { Actor, isUuid, notFound } from '@app/core';
import { EntityManager } from 'typeorm';

import type { ChallengeViewer } from './challenge-viewer';
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

/**
 * Loads a challenge the viewer may see (optionally locked: FOR SHARE or FOR UPDATE), or NOT_FOUND.
 * Visibility is the same SQL predicate the lists use, so a single read can never disagree with them.
 */
export async function visibleChallenge(
  manager: EntityManager,
  viewer: ChallengeViewer,
  id: string,
  lock?: 'pessimistic_read' | 'pessimistic_write',
): Promise<ChallengeEntity> {
  if (!isUuid(id)) throw notFound('Challenge');
  const visibility = SolicitationsPolicy.visibilitySql(viewer, 'c');
  const query = manager.createQueryBuilder(ChallengeEntity, 'c').where('c.id = :id', { id }).andWhere(visibility.sql, visibility.params);
  if (lock) query.setLock(lock);
  const challenge = await query.getOne();
  if (!challenge) throw notFound('Challenge');
  return challenge;
}
