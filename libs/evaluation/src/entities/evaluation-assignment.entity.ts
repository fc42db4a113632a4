import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { AssignmentStatusName } from '../evaluation.types';

/**
 * One evaluator on one submission. Unique per (submission, evaluator): a job that plans twice
 * cannot assign twice, and an evaluator who declared a conflict keeps the row (never re-paired).
 */
@Entity('evaluation_assignment')
@Index('evaluation_assignment_uq', ['submissionId', 'evaluatorUserId'], { unique: true })
@Index('evaluation_assignment_challenge_idx', ['challengeId'])
@Index('evaluation_assignment_evaluator_idx', ['evaluatorUserId', 'status'])
export class EvaluationAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  challengeId: string;

  @Column({ type: 'uuid' })
  submissionId: string;

  /** Copied from the submission so a declared conflict can name the vendor without a join. */
  @Column({ type: 'uuid' })
  vendorOrganisationId: string;

  @Column({ type: 'uuid' })
  evaluatorUserId: string;

  @Column({ type: 'text' })
  status: AssignmentStatusName;

  @Column({ type: 'timestamptz', precision: 3 })
  assignedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  scoredAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  conflictDeclaredAt: Date | null;

  /** Taken away by the buyer's officer, or by the worker when not accepted in time; the reason is audited too. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason: string | null;
}
