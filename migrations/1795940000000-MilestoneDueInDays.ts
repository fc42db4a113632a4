import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Milestone due dates count from signature (docs/product.md, "Iterative micro-contracts"): each
 * milestone keeps its plan's dueInDays so signing can recount the date. Existing rows get it back
 * from their date and the contract's issue, the instant their schedule was counted from.
 */
export class MilestoneDueInDays1795940000000 implements MigrationInterface {
  name = 'MilestoneDueInDays1795940000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contract_milestone" ADD "due_in_days" integer`);
    await queryRunner.query(
      `UPDATE "contract_milestone" m
       SET "due_in_days" = greatest(0, round(extract(epoch FROM m."due_date" - mc."issued_at") / 86400))::int
       FROM "micro_contract" mc WHERE mc."id" = m."contract_id"`,
    );
    await queryRunner.query(`ALTER TABLE "contract_milestone" ALTER COLUMN "due_in_days" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contract_milestone" DROP COLUMN "due_in_days"`);
  }
}
