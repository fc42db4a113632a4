import { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL bigint arrives as a string; money and sequence numbers stay far below 2^53, so they
 * are numbers in the code. A value beyond that range is refused rather than silently rounded.
 */
export const bigintTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null || value === undefined) return value;
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed)) throw new RangeError(`bigint ${value} exceeds the safe integer range`);
    return parsed;
  },
};
