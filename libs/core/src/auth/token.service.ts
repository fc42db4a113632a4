import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'crypto';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export interface TokenClaims {
  sub: string;
}

/** Issues and verifies HS256 bearer tokens. Claims hold only the user id; roles are read fresh. */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.jwt = new JwtService({
      // A KeyObject made once: given a string, jsonwebtoken first tries to parse it as a public key
      // on every verify (and builds a thrown error), which cost more than the HMAC itself.
      secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
      signOptions: { algorithm: 'HS256', expiresIn: config.jwtTtlSeconds, issuer: 'sprintgate' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'sprintgate' },
    });
  }

  issue(userId: string): string {
    return this.jwt.sign({ sub: userId });
  }

  /** The user id of a valid token, or null for a missing, expired, forged or malformed one. */
  verify(token: string): string | null {
    try {
      const claims = this.jwt.verify<TokenClaims>(token);
      return typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
