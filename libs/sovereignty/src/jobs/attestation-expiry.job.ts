import { HandlesJob, JobPayload } from '@app/core';
import { Injectable } from '@nestjs/common';

import { AttestationExpiryService } from '../attestation-expiry.service';

/** Worker handlers for attestation expiry; the rules live in AttestationExpiryService. */
@Injectable()
export class AttestationExpiryJob {
  constructor(private readonly expiry: AttestationExpiryService) {}

  @HandlesJob('attestation.expire')
  async expire(payload: JobPayload<'attestation.expire'>) {
    return { expired: await this.expiry.expire(payload.attestationId) };
  }

  @HandlesJob('attestation.expire-sweep')
  async sweep() {
    return { expired: await this.expiry.expireDue() };
  }
}
