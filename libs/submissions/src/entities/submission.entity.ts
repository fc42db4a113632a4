import { bigintTransformer } from '@app/core';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { MilestonePlan, SubmissionStatusName } from '../submissions.types';

/**
 * A vendor's live bid on a challenge. One live (non-withdrawn) submission per vendor and
 * challenge, guarded by a partial unique index; resubmitting replaces the content here and keeps
 * every version in submission_revision.
 */
@Entity('submission')
@Index('submission_live_uq', ['challengeId', 'vendorOrganisationId'], { unique: true, where: `status <> 'WITHDRAWN'` })
@Index('submission_vendor_idx', ['vendorOrganisationId', 'submittedAt'])
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  challengeId: string;

  @Column({ type: 'uuid' })
  vendorOrganisationId: string;

  @Column({ type: 'uuid' })
  submittedByUserId: string;

  @Column({ type: 'text' })
  status: SubmissionStatusName;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  technicalApproach: string;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  priceMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'int' })
  durationDays: number;

  @Column({ type: 'jsonb', nullable: true })
  milestones: MilestonePlan[] | null;

  /** The attestation version in force when (re)submitted, frozen with its hash. */
  @Column({ type: 'uuid' })
  attestationId: string;

  @Column({ type: 'char', length: 64 })
  attestationHash: string;

  /** Database clock of the latest (re)submission. */
  @Column({ type: 'timestamptz', precision: 3 })
  submittedAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt: Date | null;
}
