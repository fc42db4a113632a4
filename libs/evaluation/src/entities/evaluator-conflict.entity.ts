import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A declared conflict of interest between an evaluator and a vendor organisation. It outlives the
 * assignment that prompted it: the evaluator is never assigned that vendor's bids again.
 */
@Entity('evaluator_conflict')
export class EvaluatorConflictEntity {
  @PrimaryColumn({ type: 'uuid' })
  evaluatorUserId: string;

  @PrimaryColumn({ type: 'uuid' })
  vendorOrganisationId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @Column({ type: 'timestamptz', precision: 3 })
  declaredAt: Date;
}
