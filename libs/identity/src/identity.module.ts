import { Module } from '@nestjs/common';

import { AccountLifecycleService } from './account-lifecycle.service';
import { IdentityService } from './identity.service';
import { LoginThrottle } from './login-throttle';
import { OperatorAccountsService } from './operator-accounts.service';
import { PasswordHasher } from './password-hasher';
import { RegistrationThrottle } from './registration-throttle';
import { SuspensionService } from './suspension.service';

/** Services shared by the API and the worker; resolvers are added by IdentityApiModule. */
@Module({
  providers: [
    IdentityService,
    AccountLifecycleService,
    PasswordHasher,
    LoginThrottle,
    RegistrationThrottle,
    SuspensionService,
    OperatorAccountsService,
  ],
  exports: [IdentityService, AccountLifecycleService, SuspensionService, OperatorAccountsService, PasswordHasher],
})
export class IdentityModule {}
