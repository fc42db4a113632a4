import { MigrationInterface, QueryRunner } from "typeorm";

export class Evaluation1795813270120 implements MigrationInterface {
    name = 'Evaluation1795813270120'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "challenge_ranking" ("challenge_id" uuid NOT NULL, "ranked_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "recommended_submission_ids" uuid array NOT NULL, "recommended_total_minor" bigint NOT NULL, "awarded_submission_ids" uuid array, "award_justification" text, "departs_from_recommendation" boolean, "decided_by_user_id" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_cfb2eae2c73197d085565c69352" PRIMARY KEY ("challenge_id"))`);
        await queryRunner.query(`CREATE TABLE "evaluation_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "vendor_organisation_id" uuid NOT NULL, "evaluator_user_id" uuid NOT NULL, "status" text NOT NULL, "assigned_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP(3) WITH TIME ZONE, "scored_at" TIMESTAMP(3) WITH TIME ZONE, "conflict_declared_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_4a163c60aae51d3434fd255f44c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "evaluation_assignment_evaluator_idx" ON "evaluation_assignment"  ("evaluator_user_id", "status") `);
        await queryRunner.query(`CREATE INDEX "evaluation_assignment_challenge_idx" ON "evaluation_assignment"  ("challenge_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "evaluation_assignment_uq" ON "evaluation_assignment"  ("submission_id", "evaluator_user_id") `);
        await queryRunner.query(`CREATE TABLE "evaluation_score" ("assignment_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "score" integer NOT NULL, "justification" text NOT NULL, CONSTRAINT "evaluation_score_range_chk" CHECK (score BETWEEN 0 AND 10), CONSTRAINT "PK_4e45d44b64e0e2ff8409e2c8e9a" PRIMARY KEY ("assignment_id", "criterion_id"))`);
        await queryRunner.query(`CREATE INDEX "evaluation_score_submission_idx" ON "evaluation_score"  ("submission_id") `);
        await queryRunner.query(`CREATE TABLE "evaluator_conflict" ("evaluator_user_id" uuid NOT NULL, "vendor_organisation_id" uuid NOT NULL, "reason" text NOT NULL, "assignment_id" uuid NOT NULL, "declared_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c1f8d24e168df04af8fcb548da8" PRIMARY KEY ("evaluator_user_id", "vendor_organisation_id"))`);
        await queryRunner.query(`CREATE TABLE "submission_result" ("submission_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "total_score" double precision NOT NULL, "needs_moderation" boolean NOT NULL, "criteria" jsonb NOT NULL, "consensus" jsonb, "moderation_rationale" text, "moderated_by_user_id" uuid, "moderated_at" TIMESTAMP(3) WITH TIME ZONE, "rank" integer, "recommended" boolean NOT NULL DEFAULT false, "aggregated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9ec3bc5e54c5f798f5b4164dccf" PRIMARY KEY ("submission_id"))`);
        await queryRunner.query(`CREATE INDEX "submission_result_challenge_idx" ON "submission_result"  ("challenge_id") `);
        await queryRunner.query(`CREATE TABLE "submission_screening" ("submission_id" uuid NOT NULL, "challenge_id" uuid NOT NULL, "eligible" boolean NOT NULL, "tier" text, "reasons" text array NOT NULL, "attestation_id" uuid, "screened_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_78b7df4767de0899d73359e984d" PRIMARY KEY ("submission_id"))`);
        await queryRunner.query(`CREATE INDEX "submission_screening_challenge_idx" ON "submission_screening"  ("challenge_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."submission_screening_challenge_idx"`);
        await queryRunner.query(`DROP TABLE "submission_screening"`);
        await queryRunner.query(`DROP INDEX "public"."submission_result_challenge_idx"`);
        await queryRunner.query(`DROP TABLE "submission_result"`);
        await queryRunner.query(`DROP TABLE "evaluator_conflict"`);
        await queryRunner.query(`DROP INDEX "public"."evaluation_score_submission_idx"`);
        await queryRunner.query(`DROP TABLE "evaluation_score"`);
        await queryRunner.query(`DROP INDEX "public"."evaluation_assignment_uq"`);
        await queryRunner.query(`DROP INDEX "public"."evaluation_assignment_challenge_idx"`);
        await queryRunner.query(`DROP INDEX "public"."evaluation_assignment_evaluator_idx"`);
        await queryRunner.query(`DROP TABLE "evaluation_assignment"`);
        await queryRunner.query(`DROP TABLE "challenge_ranking"`);
    }

}
