import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain leaves the commit path (docs/audit-chain.md): a state change only inserts its
 * events (seq from a sequence, no lock); a chainer later gives each committed event its gapless
 * chain position and its hash. The append-only trigger now lets exactly that one UPDATE through:
 * filling the chain columns of an event that has none, nothing else.
 */
export class AuditChainOffTheCommitPath1795950000000 implements MigrationInterface {
  name = 'AuditChainOffTheCommitPath1795950000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "audit_event_seq_seq" OWNED BY "audit_event"."seq"`);
    await queryRunner.query(`SELECT setval('audit_event_seq_seq', COALESCE((SELECT max(seq) FROM audit_event), 0) + 1, false)`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "seq" SET DEFAULT nextval('"audit_event_seq_seq"')`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "chain_pos" bigint`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "prev_hash" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "hash" DROP NOT NULL`);
    // Events chained so far kept their seq as their position (same hashes, nothing re-chained).
    await queryRunner.query(`ALTER TABLE "audit_event" DISABLE TRIGGER audit_event_no_update_delete`);
    await queryRunner.query(`UPDATE "audit_event" SET "chain_pos" = "seq"`);
    await queryRunner.query(`ALTER TABLE "audit_event" ENABLE TRIGGER audit_event_no_update_delete`);
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_event_chain_pos_uq" ON "audit_event" ("chain_pos") `);
    await queryRunner.query(`CREATE INDEX "audit_event_unchained_idx" ON "audit_event" ("seq") WHERE chain_pos IS NULL`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.chain_pos IS NULL AND OLD.hash IS NULL AND OLD.prev_hash IS NULL
           AND NEW.chain_pos IS NOT NULL AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
           AND (NEW.seq, NEW.at, NEW.actor_id, NEW.action, NEW.entity_type, NEW.entity_id, NEW.data)
               IS NOT DISTINCT FROM (OLD.seq, OLD.at, OLD.actor_id, OLD.action, OLD.entity_type, OLD.entity_id, OLD.data) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_unchained_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_chain_pos_uq"`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "prev_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "chain_pos"`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "seq" DROP DEFAULT`);
    await queryRunner.query(`DROP SEQUENCE "audit_event_seq_seq"`);
  }
}
