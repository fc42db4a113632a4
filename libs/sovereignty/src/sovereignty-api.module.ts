import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';

import { AttestationResolver } from './attestation.resolver';
import { CatalogueResolver } from './catalogue.resolver';
import { SovereigntyModule } from './sovereignty.module';

@Module({
  imports: [SovereigntyModule, IdentityModule],
  providers: [CatalogueResolver, AttestationResolver],
  exports: [SovereigntyModule],
})
export class SovereigntyApiModule {}
