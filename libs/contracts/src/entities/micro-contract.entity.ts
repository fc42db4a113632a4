import { bigintTransformer } from '@app/core';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { ContractStatusName } from '../contracts.types';

/**
 * A micro-contract: phase 1 issued from an awarded submission, later phases as follow-ons of a
 * COMPLETED parent. The buyer is copied from the challenge at issue so scoping reads need no join.
 * Phase-1 uniqueness per submission is what makes issuance safe to retry.
 */
@Entity('micro_contract')
@Index('micro_contract_phase1_submission_uq', ['submissionId'], { unique: true, where: `phase = 1` })
@Index('micro_contract_challenge_idx', ['challengeId', 'phase'])
@Index('micro_contract_vendor_idx', ['vendorOrganisationId', 'issuedAt'])
@Index('micro_contract_buyer_idx', ['buyerOrganisationId', 'issuedAt'])
@Index('micro_contract_parent_idx', ['parentId'])
@Check('micro_contract_value_chk', `value_minor > 0`)
@Check(
  'micro_contract_phase_chk',
  `(phase = 1 AND parent_id IS NULL AND submission_id IS NOT NULL) OR (phase > 1 AND parent_id IS NOT NULL)`,
)
export class MicroContractEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  challengeId: string;

  @Column({ type: 'uuid' })
  buyerOrganisationId: string;

  @Column({ type: 'uuid' })
  vendorOrganisationId: string;

  /** The awarded bid for phase 1; follow-ons are not bids, so none. */
  @Column({ type: 'uuid', nullable: true })
  submissionId: string | null;

  @Column({ type: 'int' })
  phase: number;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  valueMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'text' })
  status: ContractStatusName;

  /** Why a follow-on was earned; null for phase 1 (the competition is the justification). */
  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  issuedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  signedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  terminatedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  terminationReason: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
