import { MigrationInterface, QueryRunner } from 'typeorm';

/** An operator may issue a password reset from the CLI, where no signed-in user issues it. */
export class OperatorPasswordReset1795990000000 implements MigrationInterface {
  name = 'OperatorPasswordReset1795990000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_reset" ALTER COLUMN "issued_by_user_id" DROP NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "password_reset" WHERE "issued_by_user_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "password_reset" ALTER COLUMN "issued_by_user_id" SET NOT NULL`);
  }
}
