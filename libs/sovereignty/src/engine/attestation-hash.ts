import { canonicalJson } from '@app/core';
import { createHash } from 'crypto';

/** An answer as stored and hashed; `verified` lives beside it because officers change it later. */
export interface SignedAnswer {
  code: string;
  value: unknown;
  evidence: string | null;
  /** Evidence documents, when the answer has any: their names and SHA-256 values are signed too. */
  documents?: readonly SignedDocument[];
}

/** What the hash covers of an evidence document: its bytes (SHA-256) and its name; the id is kept for the record. */
export interface SignedDocument {
  id: string;
  name: string;
  sha256: string;
}

export interface SignedContent {
  vendorId: string;
  catalogueVersion: string;
  answers: readonly SignedAnswer[];
  signedAt: Date;
}

/**
 * SHA-256 (hex) of the canonical JSON of what the signatory signed. Submissions store it, so anyone
 * can later prove which answers (and evidence files) a bid was judged on; verification flags are
 * deliberately left out.
 */
export function attestationHash(content: SignedContent): string {
  // An answer without documents hashes exactly as before documents existed, so older hashes still verify.
  const answers = content.answers.map(({ code, value, evidence, documents }) =>
    documents?.length
      ? { code, value, evidence, documents: documents.map(({ name, sha256 }) => ({ name, sha256 })) }
      : { code, value, evidence },
  );
  return createHash('sha256')
    .update(canonicalJson({ vendorId: content.vendorId, catalogueVersion: content.catalogueVersion, answers, signedAt: content.signedAt }))
    .digest('hex');
}
