import { inputValidationPipe } from '@app/core/api';
import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';

import { SubmitProposalInput } from './submission.inputs';
import { submitProposalPrecheck } from './submit-proposal.precheck';

// class-validator exactly as the global pipe configures it, without the precheck.
const classValidation = new ValidationPipe({ transform: true, whitelist: false, forbidUnknownValues: false });
const metadata: ArgumentMetadata = { type: 'body', metatype: SubmitProposalInput, data: 'input' };
const accepted = async (value: unknown) =>
  classValidation.transform(value, metadata).then(
    () => true,
    () => false,
  );

/**
 * Where the precheck is knowingly stricter (it then defers to class-validator): a missing price,
 * which class-validator lets through (@ValidateNested skips undefined) and GraphQL never sends.
 */
const deferred = (input: Record<string, unknown>) => input.price === undefined;
const expected = async (input: Record<string, unknown>) => (deferred(input) ? false : accepted(input));

const UUID = '3f0c8a52-6c1e-4b7e-9a37-1f2d3c4b5a69';
const valid = {
  challengeId: UUID,
  summary: 'Passive RF detection',
  technicalApproach: 'Software-defined radios.',
  price: { amountMinor: 1_000_000, currency: 'EUR' },
  durationDays: 30,
};

// Values per field, each valid or not for class-validator, boundaries included ('😀' is one
// character for MaxLength but two UTF-16 units).
const variants: Record<string, unknown[]> = {
  challengeId: [UUID, UUID.toUpperCase(), 'not-a-uuid', '', 42, null, undefined, '3f0c8a52-6c1e-4b7e-9a37-1f2d3c4b5a6'],
  summary: ['x', '', ' ', 'a'.repeat(2000), 'a'.repeat(2001), '😀'.repeat(1000), '😀'.repeat(1001), 7, null, undefined],
  technicalApproach: ['y', '', 'b'.repeat(100_000), 'b'.repeat(100_001), null, undefined, ['y']],
  price: [
    { amountMinor: 1, currency: 'EUR' },
    { amountMinor: 0, currency: 'NOK' },
    { amountMinor: -5, currency: 'EUR' },
    { amountMinor: 1.5, currency: 'EUR' },
    { amountMinor: '1', currency: 'EUR' },
    { amountMinor: 1, currency: 'eur' },
    { amountMinor: 1, currency: 'XXX' },
    { amountMinor: 1, currency: 'ABC' },
    { amountMinor: 1 },
    {},
    null,
    undefined,
    'EUR 1',
  ],
  durationDays: [1, 3650, 0, 3651, 30.5, '30', -1, null, undefined],
  milestones: [
    undefined,
    null,
    [],
    [{ title: 'Design', dueInDays: 10, sharePercent: 100 }],
    [{ title: 't'.repeat(200), dueInDays: 0, sharePercent: 0 }],
    [{ title: 't'.repeat(201), dueInDays: 1, sharePercent: 1 }],
    [{ title: 7, dueInDays: 1, sharePercent: 1 }],
    [{ title: 'a', dueInDays: 1.5, sharePercent: 1 }],
    [{ title: 'a', dueInDays: 1, sharePercent: '1' }],
    [null],
    ['a'],
    Array.from({ length: 50 }, () => ({ title: 'a', dueInDays: 1, sharePercent: 2 })),
    Array.from({ length: 51 }, () => ({ title: 'a', dueInDays: 1, sharePercent: 2 })),
    { title: 'a', dueInDays: 1, sharePercent: 100 },
  ],
  documentIds: [undefined, null, [], [UUID], [UUID, 'nope'], Array(20).fill(UUID), Array(21).fill(UUID), [7], UUID],
  idempotencyKey: [undefined, null, 'k', '', ' ', 'k'.repeat(200), 'k'.repeat(201), 5],
};

describe('submitProposalPrecheck', () => {
  it('says valid only for what class-validator accepts, and for every such value tried here', async () => {
    for (const [field, values] of Object.entries(variants)) {
      for (const value of values) {
        const input = { ...valid, [field]: value };
        const precheck = submitProposalPrecheck(input);
        // Never more lenient; and not stricter either but where it defers on purpose.
        expect({ field, value, precheck }).toEqual({ field, value, precheck: await expected(input) });
        if (precheck) expect(await accepted(input)).toBe(true);
      }
    }
  });

  it('says valid or not for combinations as class-validator does (seeded random inputs)', async () => {
    let seed = 16;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const fields = Object.keys(variants);
    for (let i = 0; i < 400; i++) {
      const input: Record<string, unknown> = { ...valid };
      for (const field of fields) if (next() < 0.25) input[field] = variants[field][Math.floor(next() * variants[field].length)];
      expect({ input, precheck: submitProposalPrecheck(input) }).toEqual({ input, precheck: await expected(input) });
    }
  });

  it('is what the global pipe uses: a prechecked value passes as it is, any other refusal is unchanged', async () => {
    expect(SubmitProposalInput.precheck).toBe(submitProposalPrecheck);
    expect(inputValidationPipe.transform(valid, metadata)).toBe(valid);
    const invalid = { ...valid, durationDays: 0, summary: '' };
    const viaPipe = await Promise.resolve()
      .then(() => inputValidationPipe.transform(invalid, metadata))
      .catch((e: Error & { code?: string; extensions?: unknown }) => e);
    expect(viaPipe).toBeInstanceOf(Error);
    expect((viaPipe as Error).message).toBe('summary should not be empty; durationDays must not be less than 1');
  });

  it('refuses what is not an object at all', () => {
    for (const value of [null, undefined, 'x', 1, [valid]]) expect(submitProposalPrecheck(value)).toBe(false);
  });
});
