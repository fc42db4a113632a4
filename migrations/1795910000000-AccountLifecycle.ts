import { MigrationInterface, QueryRunner } from "typeorm";

export class AccountLifecycle1795910000000 implements MigrationInterface {
    name = 'AccountLifecycle1795910000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "issued_by_user_id" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "password_reset_user_idx" ON "password_reset"  ("user_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "password_reset_token_hash_uq" ON "password_reset"  ("token_hash") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."password_reset_token_hash_uq"`);
        await queryRunner.query(`DROP INDEX "public"."password_reset_user_idx"`);
        await queryRunner.query(`DROP TABLE "password_reset"`);
    }

}
