import { Module } from '@nestjs/common';

import { IdentityService } from './identity.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SuspensionService } from './suspension.service';

/** Services shared by the API and the worker; resolvers are added by IdentityApiModule. */
@Module({
  providers: [IdentityService, PasswordHasher, LoginThrottle, SuspensionService],
  exports: [IdentityService, SuspensionService],
})
export class IdentityModule {}
