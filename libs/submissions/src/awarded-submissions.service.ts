import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { SubmissionEntity } from './entities/submission.entity';

/**
 * For contract issuance: the winning bids of a challenge, read inside the issuer's transaction and
 * locked FOR UPDATE so two issuers of the same award run one after the other, never side by side.
 */
@Injectable()
export class AwardedSubmissionsService {
  lockAwardedOf(manager: EntityManager, challengeId: string): Promise<SubmissionEntity[]> {
    return manager.find(SubmissionEntity, {
      where: { challengeId, status: 'AWARDED' },
      order: { submittedAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The winning bids without a lock: what a follow-on screens again. */
  awardedOf(manager: EntityManager, challengeId: string): Promise<SubmissionEntity[]> {
    return manager.find(SubmissionEntity, { where: { challengeId, status: 'AWARDED' }, order: { submittedAt: 'ASC', id: 'ASC' } });
  }
}
