import { DocumentsModule } from '@app/documents';
import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';

import { AttestationService } from './attestation.service';
import { AttestationExpiryService } from './attestation-expiry.service';
import { AttestationReviewService } from './attestation-review.service';
import { CatalogueService } from './catalogue.service';

/** Services shared by the API, the worker and other domains; resolvers are added by SovereigntyApiModule. */
@Module({
  imports: [IdentityModule, DocumentsModule],
  providers: [CatalogueService, AttestationService, AttestationReviewService, AttestationExpiryService],
  exports: [CatalogueService, AttestationService, AttestationReviewService, AttestationExpiryService],
})
export class SovereigntyModule {}
