import { createHash } from 'crypto';

import { attestationHash } from './attestation-hash';

describe('attestationHash', () => {
  const content = {
    vendorId: '6f1c1c1e-0000-4000-8000-000000000001',
    catalogueVersion: '2026.1',
    answers: [
      { code: 'DS-1', value: ['DE', 'US'], evidence: null },
      { code: 'OS-2', value: [{ percent: 60, country: 'US' }], evidence: 'register extract' },
    ],
    signedAt: new Date('2026-03-01T10:00:00.123Z'),
  };

  it('is the SHA-256 of the canonical JSON, keys sorted at every level', () => {
    const expected = createHash('sha256')
      .update(
        '{"answers":[{"code":"DS-1","evidence":null,"value":["DE","US"]},{"code":"OS-2","evidence":"register extract","value":[{"country":"US","percent":60}]}],' +
          '"catalogueVersion":"2026.1","signedAt":"2026-03-01T10:00:00.123Z","vendorId":"6f1c1c1e-0000-4000-8000-000000000001"}',
      )
      .digest('hex');
    expect(attestationHash(content)).toBe(expected);
  });

  it('ignores verification flags, which officers set after signing', () => {
    const verified = { ...content, answers: content.answers.map((a) => ({ ...a, verified: true })) };
    expect(attestationHash(verified)).toBe(attestationHash(content));
  });

  it('changes with any signed fact', () => {
    const base = attestationHash(content);
    expect(attestationHash({ ...content, signedAt: new Date('2026-03-01T10:00:00.124Z') })).not.toBe(base);
    expect(attestationHash({ ...content, answers: [{ ...content.answers[0], value: ['DE'] }, content.answers[1]] })).not.toBe(base);
  });

  it('covers evidence documents by name and SHA-256 (not id), and an empty list hashes like none', () => {
    const base = attestationHash(content);
    const document = { id: '6f1c1c1e-0000-4000-8000-00000000000d', name: 'register.pdf', sha256: 'a'.repeat(64) };
    const withDocument = (d: typeof document) => ({ ...content, answers: [{ ...content.answers[0], documents: [d] }, content.answers[1]] });
    expect(attestationHash({ ...content, answers: [{ ...content.answers[0], documents: [] }, content.answers[1]] })).toBe(base);
    const hashed = attestationHash(withDocument(document));
    expect(hashed).not.toBe(base);
    expect(attestationHash(withDocument({ ...document, id: '6f1c1c1e-0000-4000-8000-00000000000e' }))).toBe(hashed);
    expect(attestationHash(withDocument({ ...document, sha256: 'b'.repeat(64) }))).not.toBe(hashed);
    expect(attestationHash(withDocument({ ...document, name: 'other.pdf' }))).not.toBe(hashed);
  });
});
