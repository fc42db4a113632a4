import { bigintTransformer } from '@app/core';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { DocumentOwnerType, DocumentStateName, ScanStatusName } from '../documents.types';

/**
 * An uploaded file's metadata; its bytes are in the configured store under `storageKey`.
 * A document belongs to one object for life (`ownerType`/`ownerId`, set at the first attachment), so
 * who may read it never changes with later attachments; until then only its organisation sees it,
 * and the sweeper deletes it a day after upload.
 */
@Entity('document')
@Index('document_unattached_idx', ['createdAt'], { where: `owner_id IS NULL` })
@Index('document_owner_idx', ['ownerType', 'ownerId'])
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid' })
  uploadedByUserId: string;

  /** Sanitised for display and Content-Disposition. */
  @Column({ type: 'text' })
  name: string;

  /** Sniffed from the bytes, never the client's claim. */
  @Column({ type: 'text' })
  mediaType: string;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  sizeBytes: number;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256: string | null;

  @Column({ type: 'text' })
  state: DocumentStateName;

  @Column({ type: 'text' })
  scanStatus: ScanStatusName;

  /** `postgres` or `s3`: where the bytes went, so switching DOCUMENT_STORAGE strands no file silently. */
  @Column({ type: 'text' })
  storage: string;

  @Column({ type: 'text', nullable: true })
  ownerType: DocumentOwnerType | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  attachedAt: Date | null;
}
