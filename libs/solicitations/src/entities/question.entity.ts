import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A clarification question. Who asked is kept for the audit trail and abuse handling but never
 * leaves the service: answers are published to every bidder without naming the asker.
 */
@Entity('question')
@Index('question_challenge_idx', ['challengeId', 'askedAt'])
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  challengeId: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'uuid' })
  askedByUserId: string;

  @Column({ type: 'uuid' })
  askedByOrganisationId: string;

  @Column({ type: 'timestamptz', precision: 3 })
  askedAt: Date;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredByUserId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;
}
