import { bigintTransformer } from '@app/core';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { ChallengeStatusName, ClassificationName, TierName, TrustedJurisdiction } from '../solicitations.types';

/**
 * A solicitation. Money is integer minor units in one currency for budget and ceiling.
 * `search_vector` is derived by PostgreSQL (a trigger in the migration) so it never drifts from the
 * text it indexes.
 */
@Entity('challenge')
@Index('challenge_ocid_uq', ['ocid'], { unique: true })
@Index('challenge_listing_idx', ['createdAt', 'id'])
@Index('challenge_buyer_idx', ['buyerOrganisationId', 'createdAt'])
@Index('challenge_published_deadline_idx', ['submissionDeadline'], { where: `status = 'PUBLISHED'` })
// GIN indexes are written by hand in the migration (TypeORM only generates btree): left alone here.
@Index('challenge_search_idx', { synchronize: false })
@Index('challenge_tags_idx', { synchronize: false })
@Check('challenge_money_chk', `budget_minor > 0 AND max_contract_value_minor > 0 AND max_contract_value_minor <= budget_minor`)
@Check('challenge_currency_chk', `currency ~ '^[A-Z]{3}$'`)
export class ChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** OCDS contracting process id: `${ocidPrefix}-${id}`, fixed at creation. */
  @Column({ type: 'text' })
  ocid: string;

  @Column({ type: 'uuid' })
  buyerOrganisationId: string;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @Column({ type: 'text' })
  status: ChallengeStatusName;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  problemStatement: string;

  @Column({ type: 'text', array: true })
  tags: string[];

  @Column({ type: 'text' })
  classification: ClassificationName;

  @Column({ type: 'text' })
  requiredTier: TierName;

  @Column({ type: 'text' })
  trustedJurisdiction: TrustedJurisdiction;

  @Column({ type: 'boolean' })
  smeOnly: boolean;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  budgetMinor: number;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  maxContractValueMinor: number;

  /** ISO 4217, one currency for budget, ceiling and every bid. */
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'int' })
  maxAwards: number;

  @Column({ type: 'int' })
  evaluatorsPerSubmission: number;

  @Column({ type: 'boolean' })
  blindEvaluation: boolean;

  @Column({ type: 'int' })
  standstillDays: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  questionsDeadline: Date | null;

  @Column({ type: 'timestamptz', precision: 3 })
  submissionDeadline: Date;

  /** Evaluators' scores are due by then; later active assignments show as overdue (optional). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  scoringDeadline: Date | null;

  /** Millisecond precision so keyset cursors round-trip exactly through JavaScript Dates. */
  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  awardedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  /** Why the officer decided NO_AWARD after ranking (null when no one decided it, e.g. nothing was eligible). */
  @Column({ type: 'text', nullable: true })
  noAwardReason: string | null;

  /**
   * Title (weight A) and problem statement (B) as a tsvector, maintained by the trigger
   * challenge_search_vector_trg. Not a GENERATED column: TypeORM keeps a generated column's
   * expression in typeorm_metadata keyed by database name, so every cloned test database would
   * read as schema drift.
   */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;
}
