import { CHALLENGE_BIDS } from '@app/solicitations';
import { VENDOR_RELATIONSHIP } from '@app/sovereignty';
import { Global, Module } from '@nestjs/common';

import { ChallengeBidsService } from './challenge-bids.service';
import { VendorRelationshipService } from './vendor-relationship.service';

/**
 * Provides the ports other domains ask this one through (sovereignty's VENDOR_RELATIONSHIP,
 * solicitations' CHALLENGE_BIDS); global because those domains cannot import this one.
 */
@Global()
@Module({
  providers: [
    VendorRelationshipService,
    ChallengeBidsService,
    { provide: VENDOR_RELATIONSHIP, useExisting: VendorRelationshipService },
    { provide: CHALLENGE_BIDS, useExisting: ChallengeBidsService },
  ],
  exports: [VENDOR_RELATIONSHIP, CHALLENGE_BIDS],
})
export class SubmissionPortsModule {}
