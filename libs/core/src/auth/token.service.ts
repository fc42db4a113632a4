import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey, KeyObject } from 'crypto';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { verifyHs256 } from './hs256';

const ISSUER = 'sprintgate';

export interface TokenClaims {
  sub: string;
}

/** Issues and verifies HS256 bearer tokens. Claims hold only the user id; roles are read fresh. */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;
  private readonly key: KeyObject;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // A KeyObject made once: given a string, jsonwebtoken first tries to parse it as a public key
    // on every call (and builds a thrown error), which cost more than the HMAC itself.
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
    this.jwt = new JwtService({
      secret: this.key,
      signOptions: { algorithm: 'HS256', expiresIn: config.jwtTtlSeconds, issuer: ISSUER },
    });
  }

  issue(userId: string): string {
    return this.jwt.sign({ sub: userId });
  }

  /** The user id of a valid token, or null for a missing, expired, forged or malformed one. */
  verify(token: string): string | null {
    // On every authenticated request: a direct HS256 check (hs256.ts) rather than jsonwebtoken's.
    const claims = verifyHs256(token, this.key, ISSUER);
    return typeof claims?.sub === 'string' ? claims.sub : null;
  }
}
