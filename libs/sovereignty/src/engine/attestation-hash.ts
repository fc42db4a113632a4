import { canonicalJson } from '@app/core';
import { createHash } from 'crypto';

/** An answer as stored and hashed; `verified` lives beside it because officers change it later. */
export interface SignedAnswer {
  code: string;
  value: unknown;
  evidence: string | null;
}

export interface SignedContent {
  vendorId: string;
  catalogueVersion: string;
  answers: readonly SignedAnswer[];
  signedAt: Date;
}

/**
 * SHA-256 (hex) of the canonical JSON of what the signatory signed. Submissions store it, so anyone
 * can later prove which answers a bid was judged on; verification flags are deliberately left out.
 */
export function attestationHash(content: SignedContent): string {
  const answers = content.answers.map(({ code, value, evidence }) => ({ code, value, evidence }));
  return createHash('sha256')
    .update(canonicalJson({ vendorId: content.vendorId, catalogueVersion: content.catalogueVersion, answers, signedAt: content.signedAt }))
    .digest('hex');
}
