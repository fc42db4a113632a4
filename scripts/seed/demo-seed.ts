/**
 * Seeds the demo world through the same services the API uses (so every row is validated and
 * audited). Idempotent: a second run finds every user by email and changes nothing.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { Actor, CoreModule, RoleName } from '@app/core';
import { IdentityModule, IdentityService } from '@app/identity';
import logins from './demo-logins.json';

@Module({ imports: [CoreModule, IdentityModule] })
class SeedModule {}

async function actorFor(db: DataSource, email: string): Promise<Actor | null> {
  const [row] = await db.query(
    `SELECT u.id, u.organisation_id, o.kind, u.roles FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.email = $1`,
    [email],
  );
  return row ? { userId: row.id, organisationId: row.organisation_id, organisationKind: row.kind, roles: row.roles as RoleName[] } : null;
}

async function main() {
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error', 'warn'] });
  const db = app.get(DataSource);
  const identity = app.get(IdentityService);
  await identity.ensureAdmin();
  const admin = (await actorFor(db, process.env.ADMIN_EMAIL ?? 'admin@demo.sprintgate.eu'))!;

  let officer = await actorFor(db, logins.officer.email);
  if (!officer) {
    const buyer = await identity.createBuyerOrganisation(admin, logins.buyer);
    for (const [user, roles] of [[logins.officer, ['OFFICER']], [logins.auditor, ['AUDITOR']], ...logins.evaluators.map((e) => [e, ['EVALUATOR']])] as const) {
      await identity.createUser(admin, { organisationId: buyer.id, ...user, roles: [...roles] as RoleName[] });
    }
    officer = await actorFor(db, logins.officer.email);
  }
  for (const vendor of logins.vendors) {
    if (!(await actorFor(db, vendor.email))) {
      const { fixture: _fixture, ...input } = vendor;
      await identity.registerVendor(input);
    }
  }
  console.log(`» demo world ready: 1 buying organisation, ${logins.vendors.length} vendors, ${logins.evaluators.length} evaluators`);
  await app.close();
}

main().catch((error) => {
  console.error(`✗ seeding failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
