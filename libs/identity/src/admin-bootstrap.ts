import { Injectable, OnApplicationBootstrap } from '@nestjs/common';

import { IdentityService } from './identity.service';

/** Runs in the API at start: the first admin exists before the first request. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  constructor(private readonly identity: IdentityService) {}

  onApplicationBootstrap(): Promise<void> {
    return this.identity.ensureAdmin();
  }
}
