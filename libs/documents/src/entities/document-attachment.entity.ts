import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { DocumentOwnerType, DocumentVisibilityName } from '../documents.types';

/**
 * A link from an object to a document. Detaching keeps the row (with detachedAt): the record shows
 * what was attached when. A submission's links carry the revision they belong to; a revision
 * detaches the previous revision's links and attaches its own.
 */
@Entity('document_attachment')
@Index('document_attachment_live_idx', ['ownerType', 'ownerId'], { where: `detached_at IS NULL` })
@Index('document_attachment_document_idx', ['documentId'])
export class DocumentAttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  documentId: string;

  @Column({ type: 'text' })
  ownerType: DocumentOwnerType;

  @Column({ type: 'uuid' })
  ownerId: string;

  /** Submission revision the document is part of. */
  @Column({ type: 'int', nullable: true })
  revision: number | null;

  /** Attestation evidence: the criterion it supports. */
  @Column({ type: 'text', nullable: true })
  criterionCode: string | null;

  /** Challenge annexes only. */
  @Column({ type: 'text', nullable: true })
  visibility: DocumentVisibilityName | null;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'uuid' })
  attachedByUserId: string;

  @Column({ type: 'timestamptz', precision: 3 })
  attachedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  detachedByUserId: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  detachedAt: Date | null;
}
