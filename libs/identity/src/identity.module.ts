import { Module } from '@nestjs/common';

import { AccountLifecycleService } from './account-lifecycle.service';
import { IdentityService } from './identity.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { RegistrationThrottle } from './registration-throttle';

/** Services shared by the API and the worker; resolvers are added by IdentityApiModule. */
@Module({
  providers: [IdentityService, AccountLifecycleService, PasswordHasher, LoginThrottle, RegistrationThrottle],
  exports: [IdentityService, AccountLifecycleService],
})
export class IdentityModule {}
