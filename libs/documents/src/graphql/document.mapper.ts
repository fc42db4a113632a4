import type { DocumentEntity } from '../entities/document.entity';
import type { DocumentAttachmentEntity } from '../entities/document-attachment.entity';
import type { DocumentModel } from './document.models';

export const toDocumentModel = (d: DocumentEntity, link: DocumentAttachmentEntity | null, name = d.name): DocumentModel => ({
  id: d.id,
  name,
  mediaType: d.mediaType,
  sizeBytes: d.sizeBytes,
  sha256: d.sha256 ?? '',
  scanStatus: d.scanStatus,
  visibility: link?.visibility ?? null,
  uploadedAt: d.createdAt,
  downloadPath: `/documents/${d.id}`,
});
