import {
  Actor,
  APP_CONFIG,
  AppConfig,
  AppError,
  badInput,
  conflict,
  EntityRows,
  forbidden,
  isIsoCountry,
  notFound,
  RoleName,
  TokenService,
  TransactionRunner,
  Tx,
} from '@app/core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { CreateBuyerOrganisationInput, CreateUserInput, RegisterVendorInput } from './dto/identity.inputs';
import { smeClass } from './engine/sme-class';
import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity } from './entities/user.entity';
import { IdentityPolicy } from './identity.policy';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { type PasswordOwner, passwordProblems } from './password-policy';
import { RegistrationThrottle } from './registration-throttle';

export interface AuthResult {
  accessToken: string;
  user: UserEntity;
}

/** The one answer for an address that is already registered (see registerVendor). */
const EMAIL_UNAVAILABLE = () =>
  badInput('This email address cannot be used to register. If it is yours, sign in, or ask an administrator for a password reset.');

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** A name as stored: trimmed, and refused when nothing is left (IsNotEmpty lets "   " through). */
const requiredText = (value: string, field: string): string => {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(`${field} must not be blank`);
  return trimmed;
};

@Injectable()
export class IdentityService {
  private readonly logger = new Logger('Identity');

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    private readonly registrations: RegistrationThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Self-service sign-up, throttled per client IP before any hashing. An email that is already
   * registered gets the same answer whatever the account (one fixed BAD_USER_INPUT message
   * pointing to sign-in and password reset, never CONFLICT) after the same work (the argon2 hash
   * is computed first either way), so timing does not tell; the per-IP throttle bounds how many
   * addresses one client can try (docs/product.md, accounts).
   */
  async registerVendor(input: RegisterVendorInput, ip: string): Promise<AuthResult> {
    const organisationName = requiredText(input.organisationName, 'organisationName');
    const displayName = requiredText(input.displayName, 'displayName');
    this.assertCountry(input.country);
    const email = normaliseEmail(input.email);
    this.assertPassword(input.password, { email, displayName });
    await this.registrations.reserve(ip);
    const passwordHash = await this.hasher.hash(input.password);
    if (await this.emailTaken(email)) throw EMAIL_UNAVAILABLE();
    const user = await this.transactions
      .run(null, async (tx) => {
        const organisation = await tx.manager.save(
          tx.manager.create(OrganisationEntity, {
            name: organisationName,
            kind: 'VENDOR',
            country: input.country,
            headcount: input.headcount,
            annualTurnoverEur: input.annualTurnoverEur,
            balanceSheetEur: input.balanceSheetEur,
            smeClass: smeClass(input),
          }),
        );
        tx.audit({
          action: 'organisation.registered',
          entityType: 'Organisation',
          entityId: organisation.id,
          data: this.describeOrganisation(organisation),
        });
        return this.insertUser(tx, organisation, { email, passwordHash, displayName, roles: ['VENDOR'] });
      })
      .catch((error: unknown) => {
        // Two sign-ups for one address at once: the unique index decides, with the same answer.
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') throw EMAIL_UNAVAILABLE();
        throw error;
      });
    return { accessToken: this.tokens.issue(user.id), user };
  }

  async login(rawEmail: string, password: string, ip: string): Promise<AuthResult> {
    const email = normaliseEmail(rawEmail);
    await this.throttle.reserveAttempt(email, ip);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email } });
    const usable = user && !user.disabledAt ? user : null;
    const ok = await this.hasher.verify(usable?.passwordHash ?? null, password);
    if (!usable || !ok) {
      // Same message whether the email exists, the account is disabled or the password is wrong. Logged by
      // the GraphQL error formatter at info level with the request id: a wrong password is routine, and the
      // throttle, not an alert, is what answers a guessing attack.
      throw new AppError('UNAUTHENTICATED', 'Invalid email or password');
    }
    await this.throttle.release(email, ip);
    return { accessToken: this.tokens.issue(usable.id), user: usable };
  }

  async createBuyerOrganisation(actor: Actor, input: CreateBuyerOrganisationInput): Promise<OrganisationEntity> {
    const name = requiredText(input.name, 'name');
    this.assertCountry(input.country);
    return this.transactions.run(actor, async (tx) => {
      const organisation = await tx.manager.save(tx.manager.create(OrganisationEntity, { name, kind: 'BUYER', country: input.country }));
      tx.audit({
        action: 'organisation.created',
        entityType: 'Organisation',
        entityId: organisation.id,
        data: this.describeOrganisation(organisation),
      });
      return organisation;
    });
  }

  async createUser(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    // A foreign organisation and a missing one look the same to non-admins.
    if (!IdentityPolicy.canCreateUser(actor, input.organisationId, input.roles)) {
      if (actor.organisationId !== input.organisationId && !actor.roles.includes('ADMIN')) throw notFound('Organisation');
      throw forbidden('You may not create users with these roles in this organisation');
    }
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOne({ where: { id: input.organisationId } });
    if (!organisation) throw notFound('Organisation');
    const mismatch = IdentityPolicy.rolesFitOrganisation(organisation.kind, input.roles);
    if (mismatch) throw badInput(mismatch);
    const displayName = requiredText(input.displayName, 'displayName');
    this.assertPassword(input.password, { email, displayName });
    if (await this.emailTaken(email)) throw conflict('A user with this email already exists');
    const passwordHash = await this.hasher.hash(input.password);
    return this.transactions.run(actor, (tx) =>
      this.insertUser(tx, organisation, { email, passwordHash, displayName, roles: input.roles }),
    );
  }

  /**
   * First start: creates the platform's operator organisation and admin from ADMIN_EMAIL and
   * ADMIN_PASSWORD when no admin exists. Safe with several instances starting at once.
   */
  async ensureAdmin(): Promise<void> {
    const passwordHash = await this.hasher.hash(this.config.adminPassword);
    await this.transactions.run(null, async (tx) => {
      await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['sprintgate:ensure-admin']);
      const [existing] = await tx.manager.query(`SELECT 1 FROM app_user WHERE 'ADMIN' = ANY(roles) AND disabled_at IS NULL LIMIT 1`);
      if (existing) return;
      const taken = await tx.manager.findOne(UserEntity, { where: { email: this.config.adminEmail } });
      if (taken) throw new Error(`ADMIN_EMAIL ${this.config.adminEmail} belongs to a non-admin user; choose another address`);
      const organisation = await tx.manager.save(
        tx.manager.create(OrganisationEntity, { name: 'Sprintgate platform operations', kind: 'BUYER', country: 'BE' }),
      );
      tx.audit({
        action: 'organisation.created',
        entityType: 'Organisation',
        entityId: organisation.id,
        data: this.describeOrganisation(organisation),
      });
      await this.insertUser(tx, organisation, {
        email: this.config.adminEmail,
        passwordHash,
        displayName: 'Platform administrator',
        roles: ['ADMIN'],
      });
      this.logger.log(`created the first admin ${this.config.adminEmail}`);
    });
  }

  // Read on every authenticated request (me, buyers of a page): plain SQL, no query builder.
  private rows?: { users: EntityRows<UserEntity>; organisations: EntityRows<OrganisationEntity> };
  private get userRows() {
    return (this.rows ??= this.buildRows()).users;
  }
  private get organisationRows() {
    return (this.rows ??= this.buildRows()).organisations;
  }
  private buildRows() {
    return { users: new EntityRows(this.dataSource, UserEntity), organisations: new EntityRows(this.dataSource, OrganisationEntity) };
  }

  async findUser(id: string): Promise<UserEntity | null> {
    return (await this.userRows.whereIn('id', [id]))[0] ?? null;
  }

  /**
   * A user and its organisation in one statement (`me` asks for both on every console page load:
   * one round trip instead of two).
   */
  async findUserWithOrganisation(id: string): Promise<{ user: UserEntity; organisation: OrganisationEntity } | null> {
    const joined = (this.joinedRows ??= {
      users: new EntityRows(this.dataSource, UserEntity, 'u', 'u'),
      organisations: new EntityRows(this.dataSource, OrganisationEntity, 'o', 'o'),
    });
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${joined.users.columnList}, ${joined.organisations.columnList}
         FROM app_user u JOIN organisation o ON o.id = u.organisation_id
        WHERE u.id = $1`,
      [id],
    );
    if (!rows.length) return null;
    return { user: joined.users.map(rows)[0], organisation: joined.organisations.map(rows)[0] };
  }
  private joinedRows?: { users: EntityRows<UserEntity>; organisations: EntityRows<OrganisationEntity> };

  findOrganisations(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return this.organisationRows.whereIn('id', ids);
  }

  findUsers(ids: readonly string[]): Promise<UserEntity[]> {
    return this.userRows.whereIn('id', ids);
  }

  /** An organisation's enabled evaluators, by name: whom its officers may invite to a challenge. */
  evaluatorsOf(organisationId: string): Promise<UserEntity[]> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.organisation_id = :organisationId', { organisationId })
      .andWhere(`'EVALUATOR' = ANY(u.roles)`)
      .andWhere('u.disabled_at IS NULL')
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .getMany();
  }

  private async insertUser(
    tx: Tx,
    organisation: OrganisationEntity,
    fields: { email: string; passwordHash: string; displayName: string; roles: RoleName[] },
  ) {
    const user = await tx.manager.save(tx.manager.create(UserEntity, { organisationId: organisation.id, ...fields }));
    tx.audit({
      action: 'user.created',
      entityType: 'User',
      entityId: user.id,
      data: { organisationId: organisation.id, email: user.email, displayName: user.displayName, roles: user.roles },
    });
    return user;
  }

  private assertCountry(country: string) {
    if (!isIsoCountry(country)) throw badInput(`country "${country}" is not an ISO 3166-1 alpha-2 code`);
  }

  /** Checked up front for a clear message; the unique index still guards the race. */
  private emailTaken(email: string): Promise<boolean> {
    return this.dataSource.getRepository(UserEntity).exists({ where: { email } });
  }

  private assertPassword(password: string, owner: PasswordOwner) {
    const problems = passwordProblems(password, owner);
    if (problems.length) throw badInput(problems.join('; '), problems);
  }

  private describeOrganisation(o: OrganisationEntity) {
    return {
      name: o.name,
      kind: o.kind,
      country: o.country,
      smeClass: o.smeClass,
      headcount: o.headcount,
      annualTurnoverEur: o.annualTurnoverEur,
      balanceSheetEur: o.balanceSheetEur,
    };
  }
}
