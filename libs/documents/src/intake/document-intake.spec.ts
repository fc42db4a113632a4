import { createHash } from 'crypto';
import { Readable } from 'stream';

import { DocumentIntake, IntakeRefusal } from './document-intake';
import { SNIFF_BYTES } from './sniff-media-type';

const pdf = (size: number) => {
  const bytes = Buffer.alloc(size, 0x41);
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  return bytes;
};

/** Runs bytes through the intake in pieces of `piece` bytes; returns what came out, or the refusal. */
async function through(bytes: Buffer, name: string, max = 10_000_000, piece = 7_000) {
  const pieces = Array.from({ length: Math.ceil(bytes.length / piece) }, (_, i) => bytes.subarray(i * piece, (i + 1) * piece));
  const intake = new DocumentIntake(max, name);
  const out: Buffer[] = [];
  try {
    for await (const chunk of Readable.from(pieces).pipe(intake)) out.push(chunk as Buffer);
    return { bytes: Buffer.concat(out), intake };
  } catch (error) {
    return { error: error as IntakeRefusal, intake };
  }
}

describe('DocumentIntake', () => {
  it.each([10, SNIFF_BYTES - 1, SNIFF_BYTES, SNIFF_BYTES + 1, 300_001])(
    'passes a %i-byte PDF through unchanged, sized and hashed',
    async (size) => {
      const bytes = pdf(size);
      const { bytes: out, intake } = await through(bytes, 'a.pdf');
      expect(out).toEqual(bytes);
      expect(intake.mediaType).toBe('application/pdf');
      expect(intake.byteCount).toBe(size);
      expect(intake.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    },
  );

  it('refuses one byte over the limit, and accepts exactly the limit', async () => {
    expect((await through(pdf(100_001), 'a.pdf', 100_000)).error?.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await through(pdf(100_000), 'a.pdf', 100_000)).bytes?.length).toBe(100_000);
  });

  it('refuses what is not on the allow-list, whatever the name says', async () => {
    const exe = Buffer.alloc(2048);
    exe.write('MZ', 0, 'latin1');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('PE\0\0', 0x80, 'latin1');
    expect((await through(exe, 'brief.pdf')).error?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await through(Buffer.from([0, 1, 2, 3]), 'a.txt')).error?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await through(Buffer.alloc(0), 'a.txt')).error?.code).toBe('BAD_USER_INPUT');
  });

  it('takes text and CSV, and refuses a "text" file that turns binary after the sniffed head', async () => {
    const text = Buffer.from('naïve café ✓\n'.repeat(10_000));
    expect((await through(text, 'notes.txt')).intake.mediaType).toBe('text/plain');
    expect((await through(Buffer.from('a,b\n1,2\n'), 'table.CSV')).intake.mediaType).toBe('text/csv');
    const sneaky = Buffer.concat([Buffer.from('x'.repeat(SNIFF_BYTES + 10)), Buffer.from([0, 0, 0, 0])]);
    expect((await through(sneaky, 'notes.txt')).error?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
