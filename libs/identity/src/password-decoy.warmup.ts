import { Injectable, OnApplicationBootstrap } from '@nestjs/common';

import { PasswordHasher } from './password-hasher';

/**
 * In the API only (IdentityApiModule): the login decoy hash is made at start, before the first
 * request, as it was when PasswordHasher made it in its constructor in every process.
 */
@Injectable()
export class PasswordDecoyWarmup implements OnApplicationBootstrap {
  constructor(private readonly hasher: PasswordHasher) {}

  onApplicationBootstrap(): void {
    this.hasher.warmUp();
  }
}
