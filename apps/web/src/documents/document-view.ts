/**
 * A document as the console shows it: what `POST /documents` answers, and what GraphQL's
 * `Document` carries (the upload answer has no visibility nor download path; both are derived).
 */
export interface DocumentView {
  id: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  scanStatus: string;
  visibility?: string | null;
  downloadPath?: string;
}

/** Enough of the SHA-256 to compare by eye ("1a2b3c4d…9e8f7a6b"); the whole value stays in the title. */
export function shortHash(sha256: string): string {
  return sha256.length > 20 ? `${sha256.slice(0, 8)}…${sha256.slice(-8)}` : sha256;
}

/** The same path for every document (GET /documents/:id); GraphQL says so too, uploads do not. */
export function downloadPathOf(document: DocumentView): string {
  return document.downloadPath ?? `/documents/${encodeURIComponent(document.id)}`;
}

/** Sizes in the reader's language: 2 kB, 1.4 MB (decimal units, as file managers show them). */
export function sizeParts(sizeBytes: number): { value: number; unit: 'byte' | 'kilobyte' | 'megabyte' } {
  if (sizeBytes < 1000) return { value: sizeBytes, unit: 'byte' };
  if (sizeBytes < 1_000_000) return { value: sizeBytes / 1000, unit: 'kilobyte' };
  return { value: sizeBytes / 1_000_000, unit: 'megabyte' };
}

/** PDF, PNG, DOCX…: the short name a person knows, from the sniffed media type. */
const KNOWN_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'application/zip': 'ZIP',
};

export function typeLabel(mediaType: string): string {
  return KNOWN_TYPES[mediaType] ?? mediaType;
}
