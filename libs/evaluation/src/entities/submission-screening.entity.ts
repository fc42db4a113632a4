import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Screening at close, one row per submission (the primary key makes a second screening impossible). */
@Entity('submission_screening')
@Index('submission_screening_challenge_idx', ['challengeId'])
export class SubmissionScreeningEntity {
  @PrimaryColumn({ type: 'uuid' })
  submissionId: string;

  @Column({ type: 'uuid' })
  challengeId: string;

  @Column({ type: 'boolean' })
  eligible: boolean;

  @Column({ type: 'text', nullable: true })
  tier: string | null;

  @Column({ type: 'text', array: true })
  reasons: string[];

  /** The attestation version judged: the frozen one, or the version that superseded it. */
  @Column({ type: 'uuid', nullable: true })
  attestationId: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  screenedAt: Date;
}
