import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AmendmentChanges = Record<string, { old: unknown; new: unknown }>;

/** A change to a published challenge, shown to bidders: what moved, from what to what, and why. */
@Entity('challenge_amendment')
@Index('challenge_amendment_challenge_idx', ['challengeId', 'at'])
export class ChallengeAmendmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  challengeId: string;

  @Column({ type: 'timestamptz', precision: 3 })
  at: Date;

  @Column({ type: 'uuid' })
  amendedByUserId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'jsonb' })
  changes: AmendmentChanges;
}
