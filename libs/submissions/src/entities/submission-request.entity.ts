import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An idempotency key a vendor organisation used, with a hash of what it sent: a retry with the
 * same key and content returns the submission it produced; different content is a CONFLICT.
 */
@Entity('submission_request')
export class SubmissionRequestEntity {
  @PrimaryColumn({ type: 'uuid' })
  vendorOrganisationId: string;

  @PrimaryColumn({ type: 'text' })
  idempotencyKey: string;

  @Column({ type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'uuid' })
  submissionId: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
