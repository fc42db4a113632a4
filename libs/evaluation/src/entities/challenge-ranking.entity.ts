import { bigintTransformer } from '@app/core';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The ranking of a challenge, once every eligible submission is evaluated, and later the award
 * decision taken against it. One row per challenge: ranking twice is impossible.
 */
@Entity('challenge_ranking')
export class ChallengeRankingEntity {
  @PrimaryColumn({ type: 'uuid' })
  challengeId: string;

  @Column({ type: 'timestamptz', precision: 3 })
  rankedAt: Date;

  /** Greedy by rank within budget and maxAwards, in rank order. */
  @Column({ type: 'uuid', array: true })
  recommendedSubmissionIds: string[];

  @Column({ type: 'bigint', transformer: bigintTransformer })
  recommendedTotalMinor: number;

  @Column({ type: 'uuid', array: true, nullable: true })
  awardedSubmissionIds: string[] | null;

  @Column({ type: 'text', nullable: true })
  awardJustification: string | null;

  @Column({ type: 'boolean', nullable: true })
  departsFromRecommendation: boolean | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;
}
