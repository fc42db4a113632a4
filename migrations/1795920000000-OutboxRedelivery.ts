import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox redelivery bookkeeping (docs/architecture.md): how often the relay re-sent a row whose job
 * ended failed, and when it gave up (an alert in /metrics). Attestation expiry moves to a periodic
 * sweep, so year-long 'attestation.expire' rows no longer sit in the relay's backlog: the ones
 * still waiting are settled here (the sweep expires those attestations when they are due).
 */
export class OutboxRedelivery1795920000000 implements MigrationInterface {
  name = 'OutboxRedelivery1795920000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_event" ADD "redeliveries" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "outbox_event" ADD "gave_up_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "outbox_event" SET "processed_at" = now() WHERE "job_name" = 'attestation.expire' AND "processed_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "gave_up_at"`);
    await queryRunner.query(`ALTER TABLE "outbox_event" DROP COLUMN "redeliveries"`);
  }
}
