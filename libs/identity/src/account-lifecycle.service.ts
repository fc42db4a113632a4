import { Actor, AppError, badInput, invalidState, isUuid, notFound, TransactionRunner, Tx } from '@app/core';
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'crypto';
import { DataSource, IsNull } from 'typeorm';

import { PasswordResetEntity } from './entities/password-reset.entity';
import { UserEntity } from './entities/user.entity';
import { IdentityPolicy } from './identity.policy';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { passwordProblems } from './password-policy';

/** A reset token works for one hour (docs/product.md, account lifecycle). */
const RESET_TTL_MS = 60 * 60 * 1000;
const INVALID_RESET = 'This reset token is invalid, used or expired';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Account lifecycle: disable/enable (who may: IdentityPolicy), change one's own password,
 * admin-issued one-time resets. A disabled user's tokens stop at the next request (the actor
 * lookup reads `disabled_at` every time) and its login answers like a wrong password.
 */
@Injectable()
export class AccountLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
  ) {}

  async disableUser(actor: Actor, id: string, rawReason: string): Promise<UserEntity> {
    const reason = rawReason.trim();
    if (!reason) throw badInput('reason is required to disable a user');
    return this.transactions.run(actor, async (tx) => {
      const user = await this.lockManageable(tx, actor, id);
      if (user.disabledAt) throw invalidState('This user is already disabled');
      user.disabledAt = tx.now;
      await tx.manager.save(user);
      tx.audit({ action: 'user.disabled', entityType: 'User', entityId: user.id, data: { reason } });
      return user;
    });
  }

  async enableUser(actor: Actor, id: string): Promise<UserEntity> {
    return this.transactions.run(actor, async (tx) => {
      const user = await this.lockManageable(tx, actor, id);
      if (!user.disabledAt) throw invalidState('This user is not disabled');
      user.disabledAt = null;
      await tx.manager.save(user);
      tx.audit({ action: 'user.enabled', entityType: 'User', entityId: user.id, data: {} });
      return user;
    });
  }

  /** Own password; the current one is checked under the login throttle (a stolen token cannot guess it). */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, ip: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: actor.userId } });
    if (!user) throw notFound('User');
    const problems = passwordProblems(newPassword, user, 'newPassword');
    if (problems.length) throw badInput(problems.join('; '), problems);
    await this.throttle.reserveAttempt(user.email, ip);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) throw badInput('currentPassword is not correct');
    await this.throttle.release(user.email, ip);
    if (await this.hasher.verify(user.passwordHash, newPassword)) throw badInput('newPassword must differ from the current one');
    const passwordHash = await this.hasher.hash(newPassword);
    await this.transactions.run(actor, async (tx) => {
      await tx.manager.update(UserEntity, { id: user.id }, { passwordHash });
      tx.audit({ action: 'user.password-changed', entityType: 'User', entityId: user.id, data: {} });
    });
    return true;
  }

  /**
   * ADMIN (through the resolver's role guard), or an operator on the CLI (`actor` null): a one-time token
   * (shown once, stored hashed); earlier unused tokens of the user stop working.
   */
  async issuePasswordReset(actor: Actor | null, userId: string): Promise<{ token: string; expiresAt: Date }> {
    if (!isUuid(userId)) throw notFound('User');
    const token = randomBytes(32).toString('base64url');
    return this.transactions.run(actor, async (tx) => {
      const user = await tx.manager.findOne(UserEntity, { where: { id: userId } });
      if (!user) throw notFound('User');
      await tx.manager.update(PasswordResetEntity, { userId, usedAt: IsNull() }, { usedAt: tx.now });
      const expiresAt = new Date(tx.now.getTime() + RESET_TTL_MS);
      await tx.manager.insert(PasswordResetEntity, {
        userId,
        tokenHash: sha256(token),
        issuedByUserId: actor?.userId ?? null,
        issuedAt: tx.now,
        expiresAt,
      });
      tx.audit({
        action: 'user.password-reset-issued',
        entityType: 'User',
        entityId: userId,
        data: { expiresAt: expiresAt.toISOString(), ...(actor ? {} : { by: 'operator-cli' }) },
      });
      return { token, expiresAt };
    });
  }

  /** Anyone holding a valid token: sets the password, uses the token up, lifts login locks. */
  async resetPassword(token: string, newPassword: string): Promise<boolean> {
    const tokenHash = sha256(token);
    const reset = await this.dataSource.getRepository(PasswordResetEntity).findOne({ where: { tokenHash } });
    const user = reset ? await this.dataSource.getRepository(UserEntity).findOne({ where: { id: reset.userId } }) : null;
    if (!reset || !user || reset.usedAt || user.disabledAt) throw badInput(INVALID_RESET);
    const problems = passwordProblems(newPassword, user, 'newPassword');
    if (problems.length) throw badInput(problems.join('; '), problems);
    const passwordHash = await this.hasher.hash(newPassword);
    await this.transactions.run(null, async (tx) => {
      // Re-checked under a row lock with the database clock: two concurrent uses, one wins.
      const locked = await tx.manager.findOne(PasswordResetEntity, { where: { id: reset.id }, lock: { mode: 'pessimistic_write' } });
      if (!locked || locked.usedAt || locked.expiresAt <= (await tx.clockNow())) throw badInput(INVALID_RESET);
      locked.usedAt = tx.now;
      await tx.manager.save(locked);
      await tx.manager.update(UserEntity, { id: user.id }, { passwordHash });
      tx.audit({ action: 'user.password-reset', entityType: 'User', entityId: user.id, data: {} });
    });
    await this.throttle.lift(user.email);
    return true;
  }

  private async lockManageable(tx: Tx, actor: Actor, id: string): Promise<UserEntity> {
    const user = isUuid(id) ? await tx.manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    const verdict = user ? IdentityPolicy.accountManagement(actor, user) : 'hidden';
    if (verdict === 'hidden' || !user) throw notFound('User');
    if (verdict === 'self') throw new AppError('FORBIDDEN', 'You may not disable or enable your own account');
    return user;
  }
}
