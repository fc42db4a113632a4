import { MigrationInterface, QueryRunner } from "typeorm";

// Documents (docs/product.md): metadata, bytes in chunks for the PostgreSQL store, and attachment links.
// No foreign keys on purpose: the bytes may live in S3, and the stores delete what they own.

export class Documents1795970000000 implements MigrationInterface {
    name = 'Documents1795970000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "document_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "owner_type" text NOT NULL, "owner_id" uuid NOT NULL, "revision" integer, "criterion_code" text, "visibility" text, "position" integer NOT NULL, "attached_by_user_id" uuid NOT NULL, "attached_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "detached_by_user_id" uuid, "detached_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_31fde0758c034d40a6fd46eff86" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "document_attachment_document_idx" ON "document_attachment"  ("document_id") `);
        await queryRunner.query(`CREATE INDEX "document_attachment_live_idx" ON "document_attachment"  ("owner_type", "owner_id") WHERE detached_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "document_chunk" ("document_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_6863e4b0996ec6eff5e91095dcc" PRIMARY KEY ("document_id", "seq"))`);
        await queryRunner.query(`CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "uploaded_by_user_id" uuid NOT NULL, "name" text NOT NULL, "media_type" text NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64), "state" text NOT NULL, "scan_status" text NOT NULL, "storage" text NOT NULL, "owner_type" text, "owner_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "attached_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "document_owner_idx" ON "document"  ("owner_type", "owner_id") `);
        await queryRunner.query(`CREATE INDEX "document_unattached_idx" ON "document"  ("created_at") WHERE owner_id IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."document_unattached_idx"`);
        await queryRunner.query(`DROP INDEX "public"."document_owner_idx"`);
        await queryRunner.query(`DROP TABLE "document"`);
        await queryRunner.query(`DROP TABLE "document_chunk"`);
        await queryRunner.query(`DROP INDEX "public"."document_attachment_live_idx"`);
        await queryRunner.query(`DROP INDEX "public"."document_attachment_document_idx"`);
        await queryRunner.query(`DROP TABLE "document_attachment"`);
    }

}
