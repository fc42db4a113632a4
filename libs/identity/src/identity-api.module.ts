import { Module } from '@nestjs/common';

import { AdminBootstrap } from './admin-bootstrap';
import { DirectoryResolver } from './directory.resolver';
import { IdentityModule } from './identity.module';
import { IdentityResolver } from './identity.resolver';
import { PasswordDecoyWarmup } from './password-decoy.warmup';
import { SuspensionResolver } from './suspension.resolver';

@Module({
  imports: [IdentityModule],
  providers: [IdentityResolver, DirectoryResolver, SuspensionResolver, AdminBootstrap, PasswordDecoyWarmup],
  exports: [IdentityModule],
})
export class IdentityApiModule {}
