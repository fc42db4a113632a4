import { HandlesJob, JobPayload } from '@app/core';
import { Injectable } from '@nestjs/common';

import { ChallengeClosingService } from '../challenge-closing.service';

/** The delayed close at a challenge's deadline, and the periodic sweeper behind it. */
@Injectable()
export class ChallengeCloseJob {
  constructor(private readonly closing: ChallengeClosingService) {}

  @HandlesJob('challenge.close')
  close(payload: JobPayload<'challenge.close'>) {
    return this.closing.closeIfDue(payload.challengeId);
  }

  @HandlesJob('challenge.close-sweep')
  async sweep() {
    return { closed: await this.closing.closeAllDue() };
  }
}
