import { MigrationInterface, QueryRunner } from "typeorm";

export class Contracts1795813042914 implements MigrationInterface {
    name = 'Contracts1795813042914'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "micro_contract" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "buyer_organisation_id" uuid NOT NULL, "vendor_organisation_id" uuid NOT NULL, "submission_id" uuid, "phase" integer NOT NULL, "parent_id" uuid, "title" text NOT NULL, "value_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "status" text NOT NULL, "justification" text, "issued_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "signed_at" TIMESTAMP(3) WITH TIME ZONE, "completed_at" TIMESTAMP(3) WITH TIME ZONE, "terminated_at" TIMESTAMP(3) WITH TIME ZONE, "termination_reason" text, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "micro_contract_phase_chk" CHECK ((phase = 1 AND parent_id IS NULL AND submission_id IS NOT NULL) OR (phase > 1 AND parent_id IS NOT NULL)), CONSTRAINT "micro_contract_value_chk" CHECK (value_minor > 0), CONSTRAINT "PK_f8567f4c4500c38f04ab831908b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "micro_contract_parent_idx" ON "micro_contract"  ("parent_id") `);
        await queryRunner.query(`CREATE INDEX "micro_contract_buyer_idx" ON "micro_contract"  ("buyer_organisation_id", "issued_at") `);
        await queryRunner.query(`CREATE INDEX "micro_contract_vendor_idx" ON "micro_contract"  ("vendor_organisation_id", "issued_at") `);
        await queryRunner.query(`CREATE INDEX "micro_contract_challenge_idx" ON "micro_contract"  ("challenge_id", "phase") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "micro_contract_phase1_submission_uq" ON "micro_contract"  ("submission_id") WHERE phase = 1`);
        await queryRunner.query(`CREATE TABLE "contract_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contract_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "share_percent" integer NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "due_date" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "status" text NOT NULL, "evidence" text, "rejection_reason" text, "delivered_at" TIMESTAMP(3) WITH TIME ZONE, "accepted_at" TIMESTAMP(3) WITH TIME ZONE, "paid_at" TIMESTAMP(3) WITH TIME ZONE, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "contract_milestone_amount_chk" CHECK (amount_minor >= 0 AND share_percent BETWEEN 1 AND 100), CONSTRAINT "PK_db58b64d075f07283ceb29b09bb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "contract_milestone_position_uq" ON "contract_milestone"  ("contract_id", "position") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."contract_milestone_position_uq"`);
        await queryRunner.query(`DROP TABLE "contract_milestone"`);
        await queryRunner.query(`DROP INDEX "public"."micro_contract_phase1_submission_uq"`);
        await queryRunner.query(`DROP INDEX "public"."micro_contract_challenge_idx"`);
        await queryRunner.query(`DROP INDEX "public"."micro_contract_vendor_idx"`);
        await queryRunner.query(`DROP INDEX "public"."micro_contract_buyer_idx"`);
        await queryRunner.query(`DROP INDEX "public"."micro_contract_parent_idx"`);
        await queryRunner.query(`DROP TABLE "micro_contract"`);
    }

}
