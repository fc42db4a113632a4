import { bigintTransformer } from '@app/core';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OrganisationKind = 'BUYER' | 'VENDOR';
export type SmeClassName = 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE';

@Entity('organisation')
@Check('organisation_kind_chk', `kind IN ('BUYER', 'VENDOR')`)
@Check('organisation_country_chk', `country ~ '^[A-Z]{2}$'`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  /** ISO 3166-1 alpha-2 country of the registered seat. */
  @Column({ type: 'char', length: 2 })
  country: string;

  /** Vendors only: the figures behind smeClass (EU Recommendation 2003/361). */
  @Column({ type: 'int', nullable: true })
  headcount: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: bigintTransformer })
  annualTurnoverEur: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: bigintTransformer })
  balanceSheetEur: number | null;

  @Column({ type: 'text', nullable: true })
  smeClass: SmeClassName | null;

  /**
   * Vendors only: set when one of its attestations is revoked, cleared when an ADMIN lifts it with a
   * reason (docs/sovereignty.md). While set the organisation may not bid and its bids fail screening.
   */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  suspendedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  suspensionReason: string | null;

  /** The revoked attestation that caused the suspension. */
  @Column({ type: 'uuid', nullable: true })
  suspensionAttestationId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
