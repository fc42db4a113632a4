import type { DocumentAttachmentService } from '../document-attachment.service';
import type { DocumentOwnerType } from '../documents.types';
import { toDocumentModel } from './document.mapper';
import type { DocumentModel } from './document.models';

/** The live documents of one owner as GraphQL models, in attachment order. */
export async function ownedDocumentModels(
  attachments: DocumentAttachmentService,
  ownerType: DocumentOwnerType,
  ownerId: string,
): Promise<DocumentModel[]> {
  const live = await attachments.liveDocuments(ownerType, ownerId);
  return live.map(({ link, document }) => toDocumentModel(document, link));
}
