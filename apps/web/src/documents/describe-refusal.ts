import type { Translate } from '../i18n/i18n';
import type { TransferRefusal } from './document-api';
import { sizeParts } from './document-view';

type FormatNumber = (value: number, options?: Intl.NumberFormatOptions) => string;

/** 25 MB, 512 bytes, in the reader's language. */
export function formatSize(formatNumber: FormatNumber, sizeBytes: number): string {
  const { value, unit } = sizeParts(sizeBytes);
  // "512 bytes" / "512 octets" in words; kB and MB as their symbols.
  return unit === 'byte'
    ? formatNumber(value, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 })
    : formatNumber(value, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
}

/**
 * A refused upload as a sentence naming the file. The API's codes are fixed (README "Documents");
 * its English message only contributes figures: the size limit and the malware signature found.
 */
export function describeUploadRefusal(t: Translate, formatNumber: FormatNumber, name: string, refusal: TransferRefusal): string {
  switch (refusal.code) {
    case 'UNSUPPORTED_MEDIA_TYPE':
    case 'SCANNER_UNAVAILABLE':
    case 'BAD_USER_INPUT':
    case 'UNAUTHENTICATED':
    case 'RATE_LIMITED':
    case 'NETWORK':
      return t(`documents.refused.${refusal.code}`, { name });
    case 'PAYLOAD_TOO_LARGE': {
      const limit = /limit of (\d+) bytes/.exec(refusal.message)?.[1];
      return limit
        ? t('documents.refused.tooLargeLimit', { name, limit: formatSize(formatNumber, Number(limit)) })
        : t('documents.refused.PAYLOAD_TOO_LARGE', { name });
    }
    case 'INFECTED': {
      const signature = /found (.+)$/.exec(refusal.message)?.[1];
      return signature ? t('documents.refused.infectedBy', { name, signature }) : t('documents.refused.INFECTED', { name });
    }
    default:
      return t('documents.refused.other', { name });
  }
}

export function describeDownloadRefusal(t: Translate, name: string, refusal: TransferRefusal): string {
  if (refusal.code === 'NOT_FOUND') return t('documents.downloadGone', { name });
  if (refusal.code === 'NETWORK') return t('error.NETWORK');
  return t('documents.downloadFailed', { name });
}
