import { MigrationInterface, QueryRunner } from "typeorm";

export class Sovereignty1795811965538 implements MigrationInterface {
    name = 'Sovereignty1795811965538'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "sovereignty_criterion" ("catalogue_version" text NOT NULL, "code" text NOT NULL, "pillar" text NOT NULL, "question" text NOT NULL, "answer_type" text NOT NULL, "options" jsonb, "position" integer NOT NULL, CONSTRAINT "sovereignty_criterion_answer_type_chk" CHECK (answer_type IN ('BOOLEAN', 'COUNTRY', 'COUNTRY_LIST', 'ENUM', 'ENUM_SET', 'OWNERSHIP')), CONSTRAINT "sovereignty_criterion_pillar_chk" CHECK (pillar IN ('DATA', 'OPERATIONAL', 'TECHNOLOGICAL')), CONSTRAINT "PK_64514d9bc889d1b94a3ad219162" PRIMARY KEY ("catalogue_version", "code"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "sovereignty_criterion_position_uq" ON "sovereignty_criterion"  ("catalogue_version", "position") `);
        await queryRunner.query(`CREATE TABLE "attestation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vendor_organisation_id" uuid NOT NULL, "version" integer NOT NULL, "catalogue_version" text NOT NULL, "status" text NOT NULL, "answers" jsonb NOT NULL, "signatory_name" text NOT NULL, "signed_by_user_id" uuid NOT NULL, "signed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "hash" character(64) NOT NULL, "status_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "attestation_version_chk" CHECK (version >= 1), CONSTRAINT "attestation_status_chk" CHECK (status IN ('ACTIVE', 'SUPERSEDED', 'CHALLENGED', 'REVOKED', 'EXPIRED')), CONSTRAINT "PK_c5443ea47f1f49c64c47257a6a2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "attestation_in_force_expiry_idx" ON "attestation"  ("expires_at") WHERE status IN ('ACTIVE', 'CHALLENGED')`);
        await queryRunner.query(`CREATE UNIQUE INDEX "attestation_vendor_in_force_uq" ON "attestation"  ("vendor_organisation_id") WHERE status IN ('ACTIVE', 'CHALLENGED')`);
        await queryRunner.query(`CREATE UNIQUE INDEX "attestation_vendor_version_uq" ON "attestation"  ("vendor_organisation_id", "version") `);
        await queryRunner.query(`ALTER TABLE "attestation" ADD CONSTRAINT "FK_cf71bb13ea278b5dbb4fb397a01" FOREIGN KEY ("vendor_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attestation" ADD CONSTRAINT "FK_ffb996f94617e9d8db8d78df3aa" FOREIGN KEY ("signed_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // Catalogue 2026.1 (docs/sovereignty.md), written out literally: a migration must never
        // change when the code's catalogue does; a new catalogue comes with a new migration.
        await queryRunner.query(`INSERT INTO "sovereignty_criterion" ("catalogue_version", "code", "pillar", "question", "answer_type", "options", "position") VALUES
            ('2026.1', 'DS-1', 'DATA', 'Countries where customer data is stored or processed, backups and disaster recovery included', 'COUNTRY_LIST', NULL, 1),
            ('2026.1', 'DS-2', 'DATA', 'Countries where metadata, logs, identities and encryption keys are held', 'COUNTRY_LIST', NULL, 2),
            ('2026.1', 'DS-3', 'DATA', 'Who holds the keys that encrypt customer data', 'ENUM', '["PROVIDER_MANAGED","CUSTOMER_MANAGED","EXTERNAL_HSM","CLIENT_SIDE"]'::jsonb, 3),
            ('2026.1', 'DS-4', 'DATA', 'Countries whose laws can compel disclosure of customer data from you, your parents or sub-processors', 'COUNTRY_LIST', NULL, 4),
            ('2026.1', 'DS-5', 'DATA', 'You refuse foreign authorities'' data requests unless an international agreement applies, and notify the customer', 'BOOLEAN', NULL, 5),
            ('2026.1', 'DS-6', 'DATA', 'Countries where your sub-processors are established (empty: none)', 'COUNTRY_LIST', NULL, 6),
            ('2026.1', 'OS-1', 'OPERATIONAL', 'Country of registered seat and main establishment', 'COUNTRY', NULL, 7),
            ('2026.1', 'OS-2', 'OPERATIONAL', 'Holdings of 5 % or more, looking through the ownership chain', 'OWNERSHIP', NULL, 8),
            ('2026.1', 'OS-3', 'OPERATIONAL', 'Countries of any party with veto, board-appointment or other control rights, or of a government with links to the company (empty: none)', 'COUNTRY_LIST', NULL, 9),
            ('2026.1', 'OS-4', 'OPERATIONAL', 'Countries from which privileged administration is performed', 'COUNTRY_LIST', NULL, 10),
            ('2026.1', 'OS-5', 'OPERATIONAL', 'Nationalities of staff with privileged access', 'COUNTRY_LIST', NULL, 11),
            ('2026.1', 'OS-6', 'OPERATIONAL', 'Highest personnel security clearance of staff on the contract', 'ENUM', '["NONE","BACKGROUND_CHECK","NATO_RESTRICTED","NATO_CONFIDENTIAL","NATO_SECRET","COSMIC_TOP_SECRET"]'::jsonb, 12),
            ('2026.1', 'OS-7', 'OPERATIONAL', 'Facility security clearance', 'ENUM', '["NONE","NATO_CONFIDENTIAL","NATO_SECRET","COSMIC_TOP_SECRET"]'::jsonb, 13),
            ('2026.1', 'OS-8', 'OPERATIONAL', 'Countries of any support party or sub-contractor with technical access to customer data (empty: none)', 'COUNTRY_LIST', NULL, 14),
            ('2026.1', 'OS-9', 'OPERATIONAL', 'You notify the buyer within 30 days of any change of control, data location or sub-processor', 'BOOLEAN', NULL, 15),
            ('2026.1', 'OS-10', 'OPERATIONAL', 'Countries where the security operations centre runs', 'COUNTRY_LIST', NULL, 16),
            ('2026.1', 'TS-1', 'TECHNOLOGICAL', 'Continuity if a key supplier withdraws or is sanctioned', 'ENUM', '["NONE","CONTRACTUAL","TESTED","SELF_OPERABLE"]'::jsonb, 17),
            ('2026.1', 'TS-2', 'TECHNOLOGICAL', 'Disconnected operation', 'ENUM', '["NONE","DAYS","MONTHS","PERMANENT_AIR_GAP"]'::jsonb, 18),
            ('2026.1', 'TS-3', 'TECHNOLOGICAL', 'A software bill of materials (SBOM) is provided', 'BOOLEAN', NULL, 19),
            ('2026.1', 'TS-4', 'TECHNOLOGICAL', 'Countries of origin of single-sourced critical components (empty: none)', 'COUNTRY_LIST', NULL, 20),
            ('2026.1', 'TS-5', 'TECHNOLOGICAL', 'Countries where source-code escrow or backups are held (empty: none)', 'COUNTRY_LIST', NULL, 21),
            ('2026.1', 'TS-6', 'TECHNOLOGICAL', 'Customers can export all data in open, documented formats via non-proprietary APIs', 'BOOLEAN', NULL, 22),
            ('2026.1', 'TS-7', 'TECHNOLOGICAL', 'Security certifications held', 'ENUM_SET', '["ISO_27001","SOC2","C5","EUCS_BASIC","EUCS_SUBSTANTIAL","EUCS_HIGH","SECNUMCLOUD","FEDRAMP_MODERATE","FEDRAMP_HIGH","DOD_IL5","DOD_IL6"]'::jsonb, 23)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "attestation" DROP CONSTRAINT "FK_ffb996f94617e9d8db8d78df3aa"`);
        await queryRunner.query(`ALTER TABLE "attestation" DROP CONSTRAINT "FK_cf71bb13ea278b5dbb4fb397a01"`);
        await queryRunner.query(`DROP INDEX "public"."attestation_vendor_version_uq"`);
        await queryRunner.query(`DROP INDEX "public"."attestation_vendor_in_force_uq"`);
        await queryRunner.query(`DROP INDEX "public"."attestation_in_force_expiry_idx"`);
        await queryRunner.query(`DROP TABLE "attestation"`);
        await queryRunner.query(`DROP INDEX "public"."sovereignty_criterion_position_uq"`);
        await queryRunner.query(`DROP TABLE "sovereignty_criterion"`);
    }

}
