import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import type { ConsensusScore, StoredCriterionResult } from '../evaluation.types';

/**
 * A submission's aggregate, one row per submission. Moderation adds consensus scores and a
 * rationale and recomputes the total; ranking fills rank and recommended.
 */
@Entity('submission_result')
@Index('submission_result_challenge_idx', ['challengeId'])
export class SubmissionResultEntity {
  @PrimaryColumn({ type: 'uuid' })
  submissionId: string;

  @Column({ type: 'uuid' })
  challengeId: string;

  /** Full precision (ranking compares it); rounding is for display only. */
  @Column({ type: 'double precision' })
  totalScore: number;

  @Column({ type: 'boolean' })
  needsModeration: boolean;

  @Column({ type: 'jsonb' })
  criteria: StoredCriterionResult[];

  @Column({ type: 'jsonb', nullable: true })
  consensus: ConsensusScore[] | null;

  @Column({ type: 'text', nullable: true })
  moderationRationale: string | null;

  @Column({ type: 'uuid', nullable: true })
  moderatedByUserId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  moderatedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  rank: number | null;

  @Column({ type: 'boolean', default: false })
  recommended: boolean;

  @Column({ type: 'timestamptz', precision: 3 })
  aggregatedAt: Date;
}
