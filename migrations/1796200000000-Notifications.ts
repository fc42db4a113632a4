import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (issue 15): the in-app inbox, the email deliveries with their exactly-once key, the
 * relay's cursor over the audit chain, fired time-based alerts, preferences, saved searches, and the
 * language each user reads mail in.
 */
export class Notifications1796200000000 implements MigrationInterface {
  name = 'Notifications1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "language" text NOT NULL DEFAULT 'en'`);
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_key" text NOT NULL, "recipient_user_id" uuid NOT NULL, "recipient_organisation_id" uuid NOT NULL, "kind" text NOT NULL, "challenge_id" uuid, "params" jsonb NOT NULL, "link" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_notification_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_event_recipient_uq" ON "notification" ("event_key", "recipient_user_id")`);
    await queryRunner.query(`CREATE INDEX "notification_inbox_idx" ON "notification" ("recipient_user_id", "created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "notification_unread_idx" ON "notification" ("recipient_user_id") WHERE read_at IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "notification_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_key" text NOT NULL, "recipient_user_id" uuid NOT NULL, "channel" text NOT NULL, "notification_id" uuid, "digest_key" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP(3) WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT 0, "last_error" text, CONSTRAINT "PK_notification_delivery_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_delivery_key_uq" ON "notification_delivery" ("event_key", "recipient_user_id", "channel")`,
    );
    await queryRunner.query(`CREATE INDEX "notification_delivery_unsent_idx" ON "notification_delivery" ("event_key") WHERE sent_at IS NULL`);
    await queryRunner.query(
      `CREATE INDEX "notification_delivery_digest_pending_idx" ON "notification_delivery" ("recipient_user_id") WHERE channel = 'DIGEST' AND digest_key IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_relay_cursor" ("name" text NOT NULL, "position" bigint NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_notification_relay_cursor_name" PRIMARY KEY ("name"))`,
    );
    // Start after the events already in the chain: deploying notifications does not announce the past.
    await queryRunner.query(
      `INSERT INTO "notification_relay_cursor" (name, position, updated_at) SELECT 'audit', COALESCE(max(chain_pos), 0), now() FROM audit_event`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_fired" ("event_key" text NOT NULL, "fired_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_notification_fired_event_key" PRIMARY KEY ("event_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" text NOT NULL, "email" text NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_notification_preference" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "saved_search" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "name" text NOT NULL, "filter" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_saved_search_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "saved_search_user_idx" ON "saved_search" ("user_id", "created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "saved_search"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TABLE "notification_fired"`);
    await queryRunner.query(`DROP TABLE "notification_relay_cursor"`);
    await queryRunner.query(`DROP TABLE "notification_delivery"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "language"`);
  }
}
