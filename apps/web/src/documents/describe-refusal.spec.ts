import type { Translate } from '../i18n/i18n';
import { en } from '../i18n/messages.en';
import { fr } from '../i18n/messages.fr';
import { describeDownloadRefusal, describeUploadRefusal, formatSize } from './describe-refusal';

const translator =
  (catalogue: Record<string, string>): Translate =>
  (key, params) =>
    catalogue[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
const number = (locale: string) => (value: number, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(locale, options).format(value);

describe('upload and download refusals as sentences', () => {
  const t = translator(en);
  const formatNumber = number('en');

  it('names the file and the kinds accepted when the bytes are not an accepted type', () => {
    const sentence = describeUploadRefusal(t, formatNumber, 'brochure.pdf', {
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'Files of type application/x-msdownload are not accepted',
    });
    expect(sentence).toBe(en['documents.refused.UNSUPPORTED_MEDIA_TYPE'].replace('{name}', 'brochure.pdf'));
  });

  it('gives the size limit in the reader’s units when the API states it', () => {
    const refusal = { code: 'PAYLOAD_TOO_LARGE', message: 'The file is larger than the limit of 26214400 bytes' };
    expect(describeUploadRefusal(t, formatNumber, 'deck.pptx', refusal)).toBe(
      'deck.pptx was refused: it is larger than the 26.2 MB limit.',
    );
    // French puts a (narrow) no-break space before the unit.
    expect(describeUploadRefusal(translator(fr), number('fr'), 'deck.pptx', refusal)).toMatch(
      /^deck\.pptx a été refusé : il dépasse la limite de 26,2\sMo\.$/,
    );
    expect(describeUploadRefusal(t, formatNumber, 'deck.pptx', { code: 'PAYLOAD_TOO_LARGE', message: 'Too large' })).toBe(
      'deck.pptx was refused: it is larger than the size limit.',
    );
  });

  it('names the malware signature the scanner found', () => {
    const refusal = { code: 'INFECTED', message: 'The file was refused: the malware scanner found Eicar-Signature' };
    expect(describeUploadRefusal(t, formatNumber, 'x.zip', refusal)).toBe(
      'x.zip was refused and deleted: the malware scanner found Eicar-Signature in it.',
    );
  });

  it('falls back to a general sentence for codes it does not know', () => {
    expect(describeUploadRefusal(t, formatNumber, 'a.pdf', { code: 'SERVICE_UNAVAILABLE', message: '' })).toBe(
      'a.pdf could not be uploaded. Please try again.',
    );
  });

  it('says a document is gone when the download answers 404', () => {
    expect(describeDownloadRefusal(t, 'a.pdf', { code: 'NOT_FOUND', message: 'Document not found' })).toBe(
      'a.pdf is no longer available to you.',
    );
  });

  it('formats sizes with decimal units', () => {
    expect(formatSize(formatNumber, 512)).toBe('512 bytes');
    expect(formatSize(number('fr'), 512)).toMatch(/^512\soctets$/);
    expect(formatSize(formatNumber, 2048)).toBe('2 kB');
  });
});
