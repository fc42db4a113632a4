import { Tx } from '@app/core';
import { ChallengeBids } from '@app/solicitations';
import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';

import { SubmissionEntity } from './entities/submission.entity';

/** Answers solicitations' CHALLENGE_BIDS port inside the amendment's transaction (the challenge row is locked). */
@Injectable()
export class ChallengeBidsService implements ChallengeBids {
  countLive(tx: Tx, challengeId: string): Promise<number> {
    return tx.manager.count(SubmissionEntity, { where: { challengeId, status: Not('WITHDRAWN') } });
  }

  /**
   * Each SUBMITTED bid becomes NEEDS_CONFIRMATION; the audit event (outbox-relayed with the rest of
   * the trail) is how the vendor is told until notifications exist. Price and content stay sealed.
   */
  async requireConfirmation(tx: Tx, challengeId: string, amendment: { reason: string; fields: string[] }): Promise<number> {
    const bids = await tx.manager.find(SubmissionEntity, {
      where: { challengeId, status: 'SUBMITTED' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const bid of bids) {
      await tx.manager.update(SubmissionEntity, { id: bid.id }, { status: 'NEEDS_CONFIRMATION' });
      tx.audit({
        action: 'submission.needs-confirmation',
        entityType: 'Submission',
        entityId: bid.id,
        data: { challengeId, vendorOrganisationId: bid.vendorOrganisationId, amendedFields: amendment.fields, reason: amendment.reason },
      });
    }
    return bids.length;
  }
}
