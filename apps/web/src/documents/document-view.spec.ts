import { downloadPathOf, shortHash, sizeParts, typeLabel } from './document-view';

describe('document-view', () => {
  it('shortens a SHA-256 to its first and last eight hex digits', () => {
    const hash = 'a'.repeat(8) + '0'.repeat(48) + 'b'.repeat(8);
    expect(shortHash(hash)).toBe('aaaaaaaa…bbbbbbbb');
    expect(shortHash('abc')).toBe('abc');
  });

  it('picks decimal units for sizes', () => {
    expect(sizeParts(999)).toEqual({ value: 999, unit: 'byte' });
    expect(sizeParts(2048)).toEqual({ value: 2.048, unit: 'kilobyte' });
    expect(sizeParts(25_000_000)).toEqual({ value: 25, unit: 'megabyte' });
  });

  it('names known media types and keeps unknown ones as they are', () => {
    expect(typeLabel('application/pdf')).toBe('PDF');
    expect(typeLabel('application/x-unknown')).toBe('application/x-unknown');
  });

  it('derives the download path of an upload that GraphQL has not described yet', () => {
    expect(downloadPathOf({ id: 'd1', name: 'a.pdf', mediaType: 'application/pdf', sizeBytes: 1, sha256: '', scanStatus: 'CLEAN' })).toBe(
      '/documents/d1',
    );
    expect(
      downloadPathOf({ id: 'd1', name: 'a.pdf', mediaType: '', sizeBytes: 1, sha256: '', scanStatus: 'CLEAN', downloadPath: '/x' }),
    ).toBe('/x');
  });
});
