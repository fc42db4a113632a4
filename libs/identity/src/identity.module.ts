import { Module } from '@nestjs/common';

import { IdentityService } from './identity.service';
import { LoginThrottle } from './login-throttle';
import { OperatorAccountsService } from './operator-accounts.service';
import { PasswordHasher } from './password-hasher';

/** Services shared by the API and the worker; resolvers are added by IdentityApiModule. */
@Module({
  providers: [IdentityService, PasswordHasher, LoginThrottle, OperatorAccountsService],
  exports: [IdentityService, OperatorAccountsService],
})
export class IdentityModule {}
