import type { DocumentEntity } from '../entities/document.entity';

/** The upload answer: what a client needs to attach the document and to check its bytes later. */
export const toDocumentJson = (d: DocumentEntity) => ({
  id: d.id,
  name: d.name,
  sizeBytes: d.sizeBytes,
  mediaType: d.mediaType,
  sha256: d.sha256,
  scanStatus: d.scanStatus,
  uploadedAt: d.createdAt,
});
