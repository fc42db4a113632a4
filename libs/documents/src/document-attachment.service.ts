import { Actor, invalidState, isUuid, notFound, Tx } from '@app/core';
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';

import type { DocumentOwnerType, DocumentVisibilityName } from './documents.types';
import { DocumentEntity } from './entities/document.entity';
import { DocumentAttachmentEntity } from './entities/document-attachment.entity';

export interface DocumentOwner {
  type: DocumentOwnerType;
  id: string;
}

export interface AttachOptions {
  revision?: number | null;
  criterionCode?: string | null;
  visibility?: DocumentVisibilityName | null;
  /**
   * Attestation evidence: a document the organisation already attached to an earlier object of the
   * same type (its previous attestation version) may be attached again. It keeps its first owner, whose
   * read rules are the same for every version of one vendor's attestation.
   */
  reuseWithinOwnerType?: boolean;
}

/** What a sealed bid's content hash covers of each document: its bytes (SHA-256) and its name. */
export interface DocumentFingerprint {
  name: string;
  sha256: string;
}

/**
 * Attaching and detaching documents, inside the caller's transaction and always audited. A
 * document can be attached only by its own organisation, only once it is stored and passed the
 * scan, and only to the object it first went to: it belongs to that object for life, so who may
 * read it never changes. A document that is not the actor's looks missing (NOT_FOUND).
 */
@Injectable()
export class DocumentAttachmentService {
  constructor(private readonly dataSource: DataSource) {}

  /** Fingerprints for a bid's content hash, read before its transaction; `claim` re-checks under lock. */
  async fingerprints(actor: Actor, documentIds: readonly string[]): Promise<DocumentFingerprint[]> {
    const documents = await this.usable(this.dataSource.manager, actor, documentIds, false);
    return documents.map((d) => ({ name: d.name, sha256: d.sha256! }));
  }

  /** Attaches documents to an owner: locks them, checks them, records the links and audits each. */
  async attach(tx: Tx, actor: Actor, owner: DocumentOwner, documentIds: readonly string[], options: AttachOptions = {}): Promise<void> {
    const { reuseWithinOwnerType = false, ...recorded } = options;
    const documents = await this.usable(tx.manager, actor, documentIds, true);
    const live = await tx.manager.find(DocumentAttachmentEntity, {
      where: { ownerType: owner.type, ownerId: owner.id, detachedAt: IsNull() },
    });
    let position = live.reduce((max, a) => Math.max(max, a.position + 1), 0);
    for (const document of documents) {
      const ownedElsewhere = document.ownerId && (document.ownerType !== owner.type || document.ownerId !== owner.id);
      if (ownedElsewhere && !(reuseWithinOwnerType && document.ownerType === owner.type)) throw notFound('Document');
      if (live.some((a) => a.documentId === document.id && (a.criterionCode ?? null) === (recorded.criterionCode ?? null)))
        throw invalidState(`Document ${document.id} is already attached here`);
      if (!document.ownerId) {
        await tx.manager.update(DocumentEntity, { id: document.id }, { ownerType: owner.type, ownerId: owner.id, attachedAt: tx.now });
      }
      await tx.manager.insert(DocumentAttachmentEntity, {
        documentId: document.id,
        ownerType: owner.type,
        ownerId: owner.id,
        revision: recorded.revision ?? null,
        criterionCode: recorded.criterionCode ?? null,
        visibility: recorded.visibility ?? null,
        position: position++,
        attachedByUserId: actor.userId,
        attachedAt: tx.now,
      });
      tx.audit({
        action: 'document.attached',
        entityType: 'Document',
        entityId: document.id,
        data: { ownerType: owner.type, ownerId: owner.id, sha256: document.sha256, ...recorded },
      });
    }
  }

  /** Ends a live link (the row stays as history); NOT_FOUND when the document is not attached there. */
  async detach(tx: Tx, actor: Actor, owner: DocumentOwner, documentId: string, criterionCode: string | null = null): Promise<void> {
    const links = isUuid(documentId)
      ? await tx.manager.find(DocumentAttachmentEntity, {
          where: { ownerType: owner.type, ownerId: owner.id, documentId, detachedAt: IsNull() },
          lock: { mode: 'pessimistic_write' },
        })
      : [];
    const matching = links.filter((l) => criterionCode === null || l.criterionCode === criterionCode);
    if (!matching.length) throw notFound('Document');
    for (const link of matching) await this.endLink(tx, actor, link);
  }

  /**
   * A submission's documents for one revision: the previous revision's links end and these
   * begin, so the live set is always exactly what the latest revision's content hash covers.
   */
  replaceSubmissionDocuments(tx: Tx, actor: Actor, submissionId: string, revision: number, documentIds: readonly string[]) {
    return this.replace(tx, actor, { type: 'SUBMISSION', id: submissionId }, documentIds, { revision });
  }

  /** Ends the owner's live links and attaches these instead (a bid's revision, a milestone's redelivery). */
  async replace(tx: Tx, actor: Actor, owner: DocumentOwner, documentIds: readonly string[], options: AttachOptions = {}): Promise<void> {
    const live = await tx.manager.find(DocumentAttachmentEntity, {
      where: { ownerType: owner.type, ownerId: owner.id, detachedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    for (const link of live) await this.endLink(tx, actor, link);
    if (documentIds.length) await this.attach(tx, actor, owner, documentIds, options);
  }

  /** Live links of one owner, with their documents, in attachment order (for the GraphQL `documents` fields). */
  async liveDocuments(
    ownerType: DocumentOwnerType,
    ownerId: string,
  ): Promise<{ link: DocumentAttachmentEntity; document: DocumentEntity }[]> {
    const links = await this.liveOf(ownerType, [ownerId]);
    const documents = await this.documentsByIds([...new Set(links.map((l) => l.documentId))]);
    return links.flatMap((link) => {
      const document = documents.find((d) => d.id === link.documentId);
      return document ? [{ link, document }] : [];
    });
  }

  /** Live links of many owners of one type, in attachment order (for GraphQL fields). */
  liveOf(ownerType: DocumentOwnerType, ownerIds: readonly string[]): Promise<DocumentAttachmentEntity[]> {
    return this.dataSource.getRepository(DocumentAttachmentEntity).find({
      where: { ownerType, ownerId: In([...ownerIds]), detachedAt: IsNull() },
      order: { position: 'ASC', attachedAt: 'ASC' },
    });
  }

  /** Documents by id, for the GraphQL fields that list live links. */
  documentsByIds(ids: readonly string[]): Promise<DocumentEntity[]> {
    return ids.length ? this.dataSource.getRepository(DocumentEntity).find({ where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  private async endLink(tx: Tx, actor: Actor, link: DocumentAttachmentEntity): Promise<void> {
    await tx.manager.update(DocumentAttachmentEntity, { id: link.id }, { detachedAt: tx.now, detachedByUserId: actor.userId });
    tx.audit({
      action: 'document.detached',
      entityType: 'Document',
      entityId: link.documentId,
      data: { ownerType: link.ownerType, ownerId: link.ownerId, revision: link.revision, criterionCode: link.criterionCode },
    });
  }

  /** The actor organisation's stored, scanned documents, in the order asked; NOT_FOUND for any other id. */
  private async usable(
    manager: DataSource['manager'],
    actor: Actor,
    documentIds: readonly string[],
    lock: boolean,
  ): Promise<DocumentEntity[]> {
    const ids = [...new Set(documentIds)];
    if (ids.length !== documentIds.length) throw invalidState('The same document is listed twice');
    if (ids.some((id) => !isUuid(id))) throw notFound('Document');
    const rows = ids.length
      ? await manager.find(DocumentEntity, { where: { id: In(ids) }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : [];
    return ids.map((id) => {
      const document = rows.find((r) => r.id === id);
      if (!document || document.organisationId !== actor.organisationId || document.state !== 'READY') throw notFound('Document');
      if (document.scanStatus !== 'CLEAN' && document.scanStatus !== 'NOT_SCANNED')
        throw invalidState(`Document ${id} has not passed the malware scan (${document.scanStatus})`);
      return document;
    });
  }
}
