import { AppError } from '@app/core';
import type { ChallengeEntity } from '@app/solicitations';
import { Injectable } from '@nestjs/common';

import type { SubmissionEntity } from './entities/submission.entity';
import { screenBid, VendorStandingService } from './vendor-standing.service';

/**
 * The award and every follow-on judge the winners again at that moment (docs/sovereignty.md, "Who
 * may bid"): the version the bid froze not revoked, the vendor's current attestation in force and
 * unexpired, its tier still meeting the challenge's, no suspension. The same pure rule as at bid
 * time and close; a winner that fails is refused with NOT_ELIGIBLE and every reason.
 */
@Injectable()
export class WinnerEligibilityService {
  constructor(private readonly standing: VendorStandingService) {}

  async assertEligible(challenge: ChallengeEntity, winners: readonly SubmissionEntity[], now: Date): Promise<void> {
    const refused: Record<string, string[]> = {};
    for (const winner of winners) {
      const outcome = screenBid(await this.standing.ofBid(winner), challenge, winner, now);
      if (!outcome.eligible) refused[winner.id] = outcome.reasons;
    }
    const ids = Object.keys(refused);
    if (!ids.length) return;
    const detail = ids.map((id) => `submission ${id}: ${refused[id].join('; ')}`).join(' | ');
    throw new AppError('NOT_ELIGIBLE', `Not eligible any more: ${detail}`, {
      reasons: ids.flatMap((id) => refused[id]),
      refused,
    });
  }
}
