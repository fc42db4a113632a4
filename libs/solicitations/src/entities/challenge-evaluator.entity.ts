import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The pool of evaluators an officer invited to a challenge; assignments are drawn from it. */
@Entity('challenge_evaluator')
export class ChallengeEvaluatorEntity {
  @PrimaryColumn({ type: 'uuid' })
  challengeId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  invitedByUserId: string;

  @Column({ type: 'timestamptz', precision: 3 })
  invitedAt: Date;
}
