import { Module } from '@nestjs/common';

import { AdminBootstrap } from './admin-bootstrap';
import { IdentityModule } from './identity.module';
import { IdentityResolver } from './identity.resolver';

@Module({
  imports: [IdentityModule],
  providers: [IdentityResolver, AdminBootstrap],
  exports: [IdentityModule],
})
export class IdentityApiModule {}
