import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One evaluator's score on one criterion; the key makes a second score for the pair impossible. */
@Entity('evaluation_score')
@Index('evaluation_score_submission_idx', ['submissionId'])
@Check('evaluation_score_range_chk', `score BETWEEN 0 AND 10`)
export class EvaluationScoreEntity {
  @PrimaryColumn({ type: 'uuid' })
  assignmentId: string;

  @PrimaryColumn({ type: 'uuid' })
  criterionId: string;

  @Column({ type: 'uuid' })
  submissionId: string;

  @Column({ type: 'int' })
  score: number;

  @Column({ type: 'text' })
  justification: string;
}
