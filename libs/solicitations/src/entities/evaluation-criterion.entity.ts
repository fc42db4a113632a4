import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One weighted criterion of a challenge; a challenge's weights sum to 100. */
@Entity('evaluation_criterion')
@Index('evaluation_criterion_challenge_idx', ['challengeId', 'position'], { unique: true })
@Check('evaluation_criterion_weight_chk', `weight BETWEEN 1 AND 100`)
export class EvaluationCriterionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  challengeId: string;

  /** Order in which the officer listed the criteria. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'int' })
  weight: number;
}
