import { MigrationInterface, QueryRunner } from "typeorm";

// Webhooks (docs/webhooks.md): an organisation's endpoints and one delivery row per event and webhook.

export class Webhooks1796300000000 implements MigrationInterface {
    name = 'Webhooks1796300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "webhook_id" uuid NOT NULL, "event_key" text NOT NULL, "kind" text NOT NULL, "body" text NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "lease_until" TIMESTAMP WITH TIME ZONE, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "last_status_code" integer, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_attempt_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "webhook_delivery_listing_idx" ON "webhook_delivery"  ("webhook_id", "created_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "webhook_delivery_event_uq" ON "webhook_delivery"  ("webhook_id", "event_key") `);
        await queryRunner.query(`CREATE TABLE "webhook" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "url" text NOT NULL, "events" text array NOT NULL, "secret" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "consecutive_failures" integer NOT NULL DEFAULT '0', "disabled_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e6765510c2d078db49632b59020" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "webhook_organisation_idx" ON "webhook"  ("organisation_id", "created_at") WHERE deleted_at IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."webhook_organisation_idx"`);
        await queryRunner.query(`DROP TABLE "webhook"`);
        await queryRunner.query(`DROP INDEX "public"."webhook_delivery_event_uq"`);
        await queryRunner.query(`DROP INDEX "public"."webhook_delivery_listing_idx"`);
        await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    }

}
