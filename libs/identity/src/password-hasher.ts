import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-level memory cost). */
@Injectable()
export class PasswordHasher {
  /**
   * Verified when the email is unknown, so a missing account costs the same time as a wrong password.
   * Made by warmUp() (the API calls it at start: PasswordDecoyWarmup) or on first use, not in the
   * constructor: every process with IdentityModule built it, the worker too, which never checks a
   * password, and one argon2 hash holds its 64 MB memory cost for about a second, which was most of
   * the worker's start-up peak (bench/RESULTS.md "worker memory").
   */
  private decoy: Promise<string> | null = null;

  /** Starts making the decoy now, so the first unknown-email login costs what later ones cost. */
  warmUp(): void {
    this.decoyHash().catch(() => undefined); // a failure shows again, and is handled, in verify()
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.decoyHash(), password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }

  private decoyHash(): Promise<string> {
    return (this.decoy ??= argon2.hash('decoy-password-that-never-matches', { type: argon2.argon2id }));
  }
}
