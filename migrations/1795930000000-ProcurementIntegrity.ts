import { MigrationInterface, QueryRunner } from 'typeorm';

/** Suspension after revocation, scoring deadlines, withdrawn assignments and no-award reasons (docs/product.md). */
export class ProcurementIntegrity1795930000000 implements MigrationInterface {
  name = 'ProcurementIntegrity1795930000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD "suspended_at" TIMESTAMP(3) WITH TIME ZONE, ADD "suspension_reason" text, ADD "suspension_attestation_id" uuid`,
    );
    await queryRunner.query(`ALTER TABLE "challenge" ADD "scoring_deadline" TIMESTAMP(3) WITH TIME ZONE, ADD "no_award_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "evaluation_assignment" ADD "withdrawn_at" TIMESTAMP(3) WITH TIME ZONE, ADD "withdrawal_reason" text`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluation_assignment" DROP COLUMN "withdrawal_reason", DROP COLUMN "withdrawn_at"`);
    await queryRunner.query(`ALTER TABLE "challenge" DROP COLUMN "no_award_reason", DROP COLUMN "scoring_deadline"`);
    await queryRunner.query(
      `ALTER TABLE "organisation" DROP COLUMN "suspension_attestation_id", DROP COLUMN "suspension_reason", DROP COLUMN "suspended_at"`,
    );
  }
}
