/** What a stored document can belong to; fixed at its first attachment (docs/product.md). */
export const DOCUMENT_OWNER_TYPES = ['CHALLENGE', 'SUBMISSION', 'ATTESTATION', 'MILESTONE', 'QUESTION'] as const;
export type DocumentOwnerType = (typeof DOCUMENT_OWNER_TYPES)[number];

/** NOT_SCANNED: no scanner configured. PENDING: being scanned. INFECTED documents are deleted at once. */
export const SCAN_STATUSES = ['NOT_SCANNED', 'PENDING', 'CLEAN', 'INFECTED'] as const;
export type ScanStatusName = (typeof SCAN_STATUSES)[number];

/** Challenge annexes: PUBLIC for everyone who sees the challenge, RESTRICTED for vendors eligible to bid. */
export const DOCUMENT_VISIBILITIES = ['PUBLIC', 'RESTRICTED'] as const;
export type DocumentVisibilityName = (typeof DOCUMENT_VISIBILITIES)[number];

/** UPLOADING while bytes stream in (swept if the process dies), READY once stored, hashed and scanned. */
export type DocumentStateName = 'UPLOADING' | 'READY';
