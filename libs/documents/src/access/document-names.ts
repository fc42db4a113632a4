import { ALLOWED_MEDIA_TYPES } from '../intake/allowed-media-types';

/**
 * Blind evaluation (docs/product.md): a reader not entitled to the bidder's identity gets a neutral
 * name, since vendors often put their name in a file name ("BalticDrone_proposal.pdf").
 */
export function blindName(submissionId: string, position: number, mediaType: string): string {
  const extension = ALLOWED_MEDIA_TYPES[mediaType]?.[0] ?? 'bin';
  return `bid-${submissionId.slice(0, 8)}-document-${position + 1}.${extension}`;
}
