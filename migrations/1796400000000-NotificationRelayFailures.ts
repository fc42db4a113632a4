import { MigrationInterface, QueryRunner } from "typeorm";

// Audit events the notification relay failed on when read alone, and which it skipped after
// repeated failures so that one bad event cannot stall every later notification.

export class NotificationRelayFailures1796400000000 implements MigrationInterface {
    name = 'NotificationRelayFailures1796400000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "notification_relay_failure" ("chain_pos" bigint NOT NULL, "audit_seq" bigint NOT NULL, "attempts" integer NOT NULL, "last_error" text NOT NULL, "first_failed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "last_failed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "skipped_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_notification_relay_failure_chain_pos" PRIMARY KEY ("chain_pos"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "notification_relay_failure"`);
    }

}
