import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import type { SignedAnswer } from '../engine/attestation-hash';
import type { AttestationStatus } from '../engine/attestation-status';

/** A stored answer: what was signed, plus whether an officer has seen the evidence. */
export interface StoredAnswer extends SignedAnswer {
  verified: boolean;
}

@Entity('attestation')
@Index('attestation_vendor_version_uq', ['vendorOrganisationId', 'version'], { unique: true })
// At most one version in force per vendor: a backstop behind the per-vendor lock of submit.
@Index('attestation_vendor_in_force_uq', ['vendorOrganisationId'], { unique: true, where: `status IN ('ACTIVE', 'CHALLENGED')` })
@Index('attestation_in_force_expiry_idx', ['expiresAt'], { where: `status IN ('ACTIVE', 'CHALLENGED')` })
@Check('attestation_status_chk', `status IN ('ACTIVE', 'SUPERSEDED', 'CHALLENGED', 'REVOKED', 'EXPIRED')`)
@Check('attestation_version_chk', `version >= 1`)
export class AttestationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Relations by entity name: identity's tables get a foreign key without this domain importing them.
  @Column({ type: 'uuid' })
  vendorOrganisationId: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vendor_organisation_id' })
  vendorOrganisation?: unknown;

  /** 1, 2, ... per vendor; each submission is a new version. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  catalogueVersion: string;

  /** As stored: ACTIVE or CHALLENGED past expiresAt still reads EXPIRED (see effectiveStatus). */
  @Column({ type: 'text' })
  status: AttestationStatus;

  /** In catalogue order. */
  @Column({ type: 'jsonb' })
  answers: StoredAnswer[];

  @Column({ type: 'text' })
  signatoryName: string;

  @Column({ type: 'uuid' })
  signedByUserId: string;

  @ManyToOne('UserEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_by_user_id' })
  signedByUser?: unknown;

  // Millisecond precision: the hash covers signedAt, so the stored instant must round-trip exactly.
  @Column({ type: 'timestamptz', precision: 3 })
  signedAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  /** SHA-256 hex of the signed content (attestation-hash.ts). */
  @Column({ type: 'char', length: 64 })
  hash: string;

  /** Why an officer challenged or revoked it. */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
