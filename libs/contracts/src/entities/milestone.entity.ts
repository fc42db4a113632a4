import { bigintTransformer } from '@app/core';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { MilestoneStatusName } from '../contracts.types';

/**
 * One payment step of a contract. The amount is fixed at issue (splitMilestones) and the currency
 * copied from the contract, so a milestone reads as Money without loading its contract.
 */
@Entity('contract_milestone')
@Index('contract_milestone_position_uq', ['contractId', 'position'], { unique: true })
@Check('contract_milestone_amount_chk', `amount_minor >= 0 AND share_percent BETWEEN 1 AND 100`)
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contractId: string;

  /** 1-based order within the contract. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'int' })
  sharePercent: number;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Days after signature the milestone falls due, from the plan (docs/product.md, "Iterative micro-contracts"). */
  @Column({ type: 'int' })
  dueInDays: number;

  /**
   * Before signature: counted from the earliest day the contract can be signed (the end of the
   * standstill for phase 1, the issue for follow-ons); at signature recounted from it, so a late
   * signature never eats into the vendor's schedule.
   */
  @Column({ type: 'timestamptz', precision: 3 })
  dueDate: Date;

  @Column({ type: 'text' })
  status: MilestoneStatusName;

  /** The latest delivery's evidence; earlier ones stay in the audit trail. */
  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  paidAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
