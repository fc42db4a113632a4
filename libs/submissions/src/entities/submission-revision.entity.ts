import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { ProposalContent } from '../submissions.types';

/** Every version of a submission's content, the first included: nothing a vendor sent is lost. */
@Entity('submission_revision')
export class SubmissionRevisionEntity {
  @PrimaryColumn({ type: 'uuid' })
  submissionId: string;

  @PrimaryColumn({ type: 'int' })
  revision: number;

  @Column({ type: 'jsonb' })
  content: ProposalContent;

  @Column({ type: 'uuid' })
  attestationId: string;

  @Column({ type: 'char', length: 64 })
  attestationHash: string;

  @Column({ type: 'uuid' })
  submittedByUserId: string;

  @Column({ type: 'timestamptz', precision: 3 })
  submittedAt: Date;
}
