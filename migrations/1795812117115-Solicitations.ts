import { MigrationInterface, QueryRunner } from "typeorm";

export class Solicitations1795812117115 implements MigrationInterface {
    name = 'Solicitations1795812117115'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "challenge_amendment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "amended_by_user_id" uuid NOT NULL, "reason" text NOT NULL, "changes" jsonb NOT NULL, CONSTRAINT "PK_8a892876d00bedcca3e8c669608" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "challenge_amendment_challenge_idx" ON "challenge_amendment"  ("challenge_id", "at") `);
        await queryRunner.query(`CREATE TABLE "challenge_evaluator" ("challenge_id" uuid NOT NULL, "user_id" uuid NOT NULL, "invited_by_user_id" uuid NOT NULL, "invited_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b188bfda980e684951978301479" PRIMARY KEY ("challenge_id", "user_id"))`);
        await queryRunner.query(`CREATE TABLE "challenge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ocid" text NOT NULL, "buyer_organisation_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "status" text NOT NULL, "title" text NOT NULL, "problem_statement" text NOT NULL, "tags" text array NOT NULL, "classification" text NOT NULL, "required_tier" text NOT NULL, "trusted_jurisdiction" text NOT NULL, "sme_only" boolean NOT NULL, "budget_minor" bigint NOT NULL, "max_contract_value_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "max_awards" integer NOT NULL, "evaluators_per_submission" integer NOT NULL, "blind_evaluation" boolean NOT NULL, "standstill_days" integer NOT NULL, "questions_deadline" TIMESTAMP(3) WITH TIME ZONE, "submission_deadline" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "awarded_at" TIMESTAMP(3) WITH TIME ZONE, "cancelled_at" TIMESTAMP(3) WITH TIME ZONE, "cancel_reason" text, "search_vector" tsvector, CONSTRAINT "challenge_currency_chk" CHECK (currency ~ '^[A-Z]{3}$'), CONSTRAINT "challenge_money_chk" CHECK (budget_minor > 0 AND max_contract_value_minor > 0 AND max_contract_value_minor <= budget_minor), CONSTRAINT "PK_5f31455ad09ea6a836a06871b7a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "challenge_published_deadline_idx" ON "challenge"  ("submission_deadline") WHERE status = 'PUBLISHED'`);
        await queryRunner.query(`CREATE INDEX "challenge_buyer_idx" ON "challenge"  ("buyer_organisation_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "challenge_listing_idx" ON "challenge"  ("created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "challenge_ocid_uq" ON "challenge"  ("ocid") `);
        // Full-text document of a challenge, kept current by the database: title weighs more than the problem statement.
        await queryRunner.query(`CREATE FUNCTION challenge_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.search_vector := setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') || setweight(to_tsvector('english', coalesce(NEW.problem_statement, '')), 'B');
              RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER challenge_search_vector_trg BEFORE INSERT OR UPDATE OF title, problem_statement ON "challenge" FOR EACH ROW EXECUTE FUNCTION challenge_search_vector()`);
        // Full-text search and tag filters: GIN indexes, declared with synchronize: false in the entity.
        await queryRunner.query(`CREATE INDEX "challenge_search_idx" ON "challenge" USING GIN ("search_vector")`);
        await queryRunner.query(`CREATE INDEX "challenge_tags_idx" ON "challenge" USING GIN ("tags")`);
        await queryRunner.query(`CREATE TABLE "evaluation_criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "weight" integer NOT NULL, CONSTRAINT "evaluation_criterion_weight_chk" CHECK (weight BETWEEN 1 AND 100), CONSTRAINT "PK_37b2378f9f0958f26c99ba82e71" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "evaluation_criterion_challenge_idx" ON "evaluation_criterion"  ("challenge_id", "position") `);
        await queryRunner.query(`CREATE TABLE "question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "text" text NOT NULL, "asked_by_user_id" uuid NOT NULL, "asked_by_organisation_id" uuid NOT NULL, "asked_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "answer" text, "answered_by_user_id" uuid, "answered_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_21e5786aa0ea704ae185a79b2d5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "question_challenge_idx" ON "question"  ("challenge_id", "asked_at") `);
        // Submissions (libs/submissions): one live bid per vendor and challenge, every revision kept.
        await queryRunner.query(`CREATE TABLE "submission_request" ("vendor_organisation_id" uuid NOT NULL, "idempotency_key" text NOT NULL, "content_hash" character(64) NOT NULL, "submission_id" uuid NOT NULL, "revision" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f6dfc2a8d3f0aae463af0d63d61" PRIMARY KEY ("vendor_organisation_id", "idempotency_key"))`);
        await queryRunner.query(`CREATE TABLE "submission_revision" ("submission_id" uuid NOT NULL, "revision" integer NOT NULL, "content" jsonb NOT NULL, "attestation_id" uuid NOT NULL, "attestation_hash" character(64) NOT NULL, "submitted_by_user_id" uuid NOT NULL, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d6f8a79730d7659cc48ca478ce6" PRIMARY KEY ("submission_id", "revision"))`);
        await queryRunner.query(`CREATE TABLE "submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "vendor_organisation_id" uuid NOT NULL, "submitted_by_user_id" uuid NOT NULL, "status" text NOT NULL, "revision" integer NOT NULL, "summary" text NOT NULL, "technical_approach" text NOT NULL, "price_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "duration_days" integer NOT NULL, "milestones" jsonb, "attestation_id" uuid NOT NULL, "attestation_hash" character(64) NOT NULL, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "withdrawn_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_7faa571d0e4a7076e85890c9bd0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "submission_vendor_idx" ON "submission"  ("vendor_organisation_id", "submitted_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "submission_live_uq" ON "submission"  ("challenge_id", "vendor_organisation_id") WHERE status <> 'WITHDRAWN'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."submission_live_uq"`);
        await queryRunner.query(`DROP INDEX "public"."submission_vendor_idx"`);
        await queryRunner.query(`DROP TABLE "submission"`);
        await queryRunner.query(`DROP TABLE "submission_revision"`);
        await queryRunner.query(`DROP TABLE "submission_request"`);
        await queryRunner.query(`DROP INDEX "public"."question_challenge_idx"`);
        await queryRunner.query(`DROP TABLE "question"`);
        await queryRunner.query(`DROP INDEX "public"."evaluation_criterion_challenge_idx"`);
        await queryRunner.query(`DROP TABLE "evaluation_criterion"`);
        await queryRunner.query(`DROP INDEX "public"."challenge_tags_idx"`);
        await queryRunner.query(`DROP INDEX "public"."challenge_search_idx"`);
        await queryRunner.query(`DROP INDEX "public"."challenge_ocid_uq"`);
        await queryRunner.query(`DROP INDEX "public"."challenge_listing_idx"`);
        await queryRunner.query(`DROP INDEX "public"."challenge_buyer_idx"`);
        await queryRunner.query(`DROP INDEX "public"."challenge_published_deadline_idx"`);
        await queryRunner.query(`DROP TRIGGER challenge_search_vector_trg ON "challenge"`);
        await queryRunner.query(`DROP FUNCTION challenge_search_vector()`);
        await queryRunner.query(`DROP TABLE "challenge"`);
        await queryRunner.query(`DROP TABLE "challenge_evaluator"`);
        await queryRunner.query(`DROP INDEX "public"."challenge_amendment_challenge_idx"`);
        await queryRunner.query(`DROP TABLE "challenge_amendment"`);
    }

}
