import type { Readable } from 'stream';

/**
 * Where document bytes live. `write` consumes the stream to its end (the caller has already sized,
 * hashed and sniffed it on the way) and leaves nothing behind when it fails; `read` streams the
 * bytes back without holding the whole file in memory.
 */
export interface DocumentStore {
  readonly kind: 'postgres' | 's3';
  write(documentId: string, bytes: Readable): Promise<void>;
  read(documentId: string): Promise<Readable>;
  delete(documentId: string): Promise<void>;
}

export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');
