import type { Readable } from 'stream';

export type ScanVerdict = { infected: false } | { infected: true; signature: string };

/** Malware scanning of an upload before it can be attached (README "Documents"). */
export interface DocumentScanner {
  /** False when no scanner is configured: documents are then NOT_SCANNED. */
  readonly enabled: boolean;
  scan(bytes: Readable): Promise<ScanVerdict>;
}

export const DOCUMENT_SCANNER = Symbol('DOCUMENT_SCANNER');

/** Why a scan could not give a verdict (scanner down, timeout, protocol error). */
export class ScannerUnavailableError extends Error {}

/** No CLAMAV_HOST: nothing is scanned, and every document says so (scanStatus NOT_SCANNED). */
export class NoScanner implements DocumentScanner {
  readonly enabled = false;
  scan(): Promise<ScanVerdict> {
    return Promise.resolve({ infected: false });
  }
}
