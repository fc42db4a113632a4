import { TransactionRunner } from '@app/core';
import { Injectable } from '@nestjs/common';

import { AccountLifecycleService } from './account-lifecycle.service';
import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';

/** Thrown for an operator's request that cannot be carried out; the CLI prints it and exits 1. */
export class OperatorError extends Error {}

const MIN_ADMIN_PASSWORD = 12; // the same floor as ADMIN_PASSWORD at boot

/**
 * Account operations run from the operator CLI (no GraphQL actor): an extra admin, and disabling
 * a user, whose tokens stop working at once because every request re-reads disabled_at. Both are
 * audited with a null actor, like the first admin created at boot.
 */
@Injectable()
export class OperatorAccountsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly accounts: AccountLifecycleService,
  ) {}

  async createAdmin(input: { email: string; password: string; displayName: string }): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new OperatorError(`"${input.email}" is not an email address`);
    if (input.password.trim().length < MIN_ADMIN_PASSWORD)
      throw new OperatorError(`the password needs at least ${MIN_ADMIN_PASSWORD} characters`);
    const displayName = input.displayName.trim() || 'Administrator';
    const passwordHash = await this.hasher.hash(input.password);
    return this.transactions.run(null, async (tx) => {
      if (await tx.manager.exists(UserEntity, { where: { email } })) throw new OperatorError(`a user with email ${email} already exists`);
      // Admins belong to the platform's operations organisation (created with the first admin).
      const [home] = await tx.manager.query(`SELECT organisation_id FROM app_user WHERE 'ADMIN' = ANY(roles) ORDER BY created_at LIMIT 1`);
      let organisationId = home?.organisation_id as string | undefined;
      if (!organisationId) {
        const organisation = await tx.manager.save(
          tx.manager.create(OrganisationEntity, { name: 'Sprintgate platform operations', kind: 'BUYER', country: 'BE' }),
        );
        tx.audit({
          action: 'organisation.created',
          entityType: 'Organisation',
          entityId: organisation.id,
          data: { name: organisation.name },
        });
        organisationId = organisation.id;
      }
      const user = await tx.manager.save(
        tx.manager.create(UserEntity, { organisationId, email, passwordHash, displayName, roles: ['ADMIN'] }),
      );
      tx.audit({
        action: 'user.created',
        entityType: 'User',
        entityId: user.id,
        data: { organisationId, email, displayName, roles: user.roles, by: 'operator-cli' },
      });
      return user;
    });
  }

  /** Sets disabled_at (once); the user's tokens and logins are refused from the next request on. */
  disableUser(emailOrId: string, reason: string): Promise<{ id: string; email: string; alreadyDisabled: boolean }> {
    return this.transactions.run(null, async (tx) => {
      const key = emailOrId.trim().toLowerCase();
      const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(key);
      const user = await tx.manager.findOne(UserEntity, {
        where: byId ? { id: key } : { email: key },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw new OperatorError(`no user ${emailOrId}`);
      if (user.disabledAt) return { id: user.id, email: user.email, alreadyDisabled: true };
      await tx.manager.update(UserEntity, { id: user.id }, { disabledAt: tx.now });
      tx.audit({ action: 'user.disabled', entityType: 'User', entityId: user.id, data: { reason, by: 'operator-cli' } });
      return { id: user.id, email: user.email, alreadyDisabled: false };
    });
  }

  /** A one-time password reset token for a user (e.g. a locked-out sole admin), audited as the operator's. */
  async issuePasswordReset(emailOrId: string): Promise<{ userId: string; email: string; token: string; expiresAt: Date }> {
    const key = emailOrId.trim().toLowerCase();
    const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(key);
    const user = await this.transactions.run(null, (tx) => tx.manager.findOne(UserEntity, { where: byId ? { id: key } : { email: key } }));
    if (!user) throw new OperatorError(`no user ${emailOrId}`);
    const { token, expiresAt } = await this.accounts.issuePasswordReset(null, user.id);
    return { userId: user.id, email: user.email, token, expiresAt };
  }
}
