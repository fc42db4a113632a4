/**
 * Seeds the demo world through the same services the API uses (so every row is validated and
 * audited). Idempotent: a second run finds every user by email and changes nothing.
 */
import 'reflect-metadata';

import { Actor, CoreModule, RoleName } from '@app/core';
import { ClockService } from '@app/core';
import { IdentityModule, IdentityService } from '@app/identity';
import { NotificationInboxService, NotificationSettingsService } from '@app/notifications';
import { NotificationsApiModule } from '@app/notifications/api';
import { ChallengeService, SolicitationsModule } from '@app/solicitations';
import { AttestationService, SovereigntyModule } from '@app/sovereignty';
import { SubmissionService, SubmissionsModule } from '@app/submissions';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';

import { DEMO_ATTESTATIONS } from './demo-attestations';
import { DEMO_CHALLENGES } from './demo-challenges';
import logins from './demo-logins.json';

@Module({ imports: [CoreModule, IdentityModule, SovereigntyModule, SolicitationsModule, SubmissionsModule, NotificationsApiModule] })
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
  // The seed acts as the platform's first admin (which may predate this ADMIN_EMAIL).
  const [firstAdmin] = await db.query(
    `SELECT email FROM app_user WHERE 'ADMIN' = ANY(roles) AND disabled_at IS NULL ORDER BY created_at LIMIT 1`,
  );
  const admin = (await actorFor(db, firstAdmin.email))!;

  let officer = await actorFor(db, logins.officer.email);
  if (!officer) {
    const buyer = await identity.createBuyerOrganisation(admin, logins.buyer);
    for (const [user, roles] of [
      [logins.officer, ['OFFICER']],
      [logins.auditor, ['AUDITOR']],
      ...logins.evaluators.map((e) => [e, ['EVALUATOR']]),
    ] as const) {
      await identity.createUser(admin, { organisationId: buyer.id, ...user, roles: [...roles] as RoleName[] });
    }
    officer = await actorFor(db, logins.officer.email);
  }
  for (const vendor of logins.vendors) {
    if (!(await actorFor(db, vendor.email))) {
      const { fixture: _fixture, ...input } = vendor;
      await identity.registerVendor(input, 'demo-seed');
    }
  }
  const attestations = app.get(AttestationService);
  for (const vendor of logins.vendors) {
    const actor = (await actorFor(db, vendor.email))!;
    if (!(await attestations.currentForOrganisation(actor.organisationId))) {
      const answers = Object.entries(DEMO_ATTESTATIONS[vendor.email]).map(([code, value]) => ({ code, value }));
      await attestations.submit(actor, { answers, signatoryName: vendor.displayName });
    }
  }

  // Saved searches drive the "new challenge" notifications (read them at the demo mail sink);
  // vendor3 reads its notifications in French.
  const settings = app.get(NotificationSettingsService);
  for (const [email, name, tag] of [
    [logins.vendors[0].email, 'Counter-drone', 'c-uas'],
    [logins.vendors[1].email, 'Sensor fusion', 'sensor-fusion'],
    [logins.vendors[2].email, 'Networking', 'networking'],
  ]) {
    const actor = (await actorFor(db, email))!;
    if (!(await settings.savedSearches(actor)).length) await settings.saveSearch(actor, name, { tag });
  }
  const [vendor3] = await db.query(`SELECT language FROM app_user WHERE email = $1`, [logins.vendors[2].email]);
  if (vendor3.language !== 'fr') await app.get(NotificationInboxService).setLanguage((await actorFor(db, logins.vendors[2].email))!, 'fr');

  const challenges = app.get(ChallengeService);
  const submissions = app.get(SubmissionService);
  const now = await app.get(ClockService).now();
  const evaluatorIds: string[] = (
    await db.query(`SELECT id FROM app_user WHERE email = ANY($1)`, [logins.evaluators.map((e) => e.email)])
  ).map((r: { id: string }) => r.id);
  for (const demo of DEMO_CHALLENGES) {
    const [existing] = await db.query(`SELECT id FROM challenge WHERE title = $1`, [demo.input.title]);
    if (existing) continue;
    const submissionDeadline = new Date(now.getTime() + demo.minutesOpen * 60_000);
    const challenge = await challenges.create(officer!, {
      ...demo.input,
      submissionDeadline,
      questionsDeadline: new Date(submissionDeadline.getTime() - 60_000),
    });
    await challenges.inviteEvaluators(officer!, challenge.id, evaluatorIds);
    if (!demo.publish) continue;
    await challenges.publish(officer!, challenge.id);
    for (const bid of demo.bids) {
      const vendor = (await actorFor(db, bid.vendor))!;
      await submissions.submit(vendor, {
        challengeId: challenge.id,
        summary: bid.summary,
        technicalApproach: `${bid.summary} Delivered in ${bid.durationDays} days with a mid-term field demonstration.`,
        price: bid.price,
        durationDays: bid.durationDays,
      });
    }
  }

  console.log(`» demo world ready: 1 buying organisation, ${logins.vendors.length} vendors, ${logins.evaluators.length} evaluators`);
  await app.close();
}

main().catch((error) => {
  console.error(`✗ seeding failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
