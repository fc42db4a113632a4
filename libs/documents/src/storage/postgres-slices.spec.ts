import { HEX_SLICE_BYTES, hexSliceColumns, readChunkSlices } from './postgres-slices';

describe('PostgreSQL chunk slices', () => {
  it('selects enough hex slices to cover a chunk', () => {
    expect(hexSliceColumns(HEX_SLICE_BYTES)).toBe(`encode(substring(data FROM 1 FOR ${HEX_SLICE_BYTES}), 'hex') AS s0`);
    const columns = hexSliceColumns(256 * 1024 + 1);
    expect(columns.match(/ AS s\d+/g)).toHaveLength(9);
    expect(columns.endsWith(`encode(substring(data FROM ${8 * HEX_SLICE_BYTES + 1} FOR ${HEX_SLICE_BYTES}), 'hex') AS s8`)).toBe(true);
  });

  it('decodes the slices in order into the chunk, ignoring empty ones past its end', () => {
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256));
    const row: Record<string, string | null> = { s0: '', s1: '', s2: '', s3: '' };
    for (let i = 0; i * HEX_SLICE_BYTES < bytes.length; i += 1) {
      row[`s${i}`] = bytes.subarray(i * HEX_SLICE_BYTES, (i + 1) * HEX_SLICE_BYTES).toString('hex');
    }
    expect(readChunkSlices(row).equals(bytes)).toBe(true);
    expect(readChunkSlices({ s0: null }).length).toBe(0);
  });
});
