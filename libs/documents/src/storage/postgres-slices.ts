/**
 * node-postgres reads `bytea` as hex text, a string twice the size of the bytes. Strings above
 * V8's regular object size (128 KiB) go to the large-object space, freed only by a full collection,
 * so a 256 KiB chunk read whole leaves 512 KiB strings piling up while a download runs. Read as
 * slices of HEX_SLICE_BYTES (hex strings of 64 KiB) they are young objects, freed quickly.
 */
export const HEX_SLICE_BYTES = 32 * 1024;

/** `encode(substring(data ...), 'hex') AS s0, ...` covering a chunk of up to `chunkBytes`. */
export function hexSliceColumns(chunkBytes: number): string {
  const count = Math.ceil(chunkBytes / HEX_SLICE_BYTES);
  return Array.from(
    { length: count },
    (_, i) => `encode(substring(data FROM ${i * HEX_SLICE_BYTES + 1} FOR ${HEX_SLICE_BYTES}), 'hex') AS s${i}`,
  ).join(', ');
}

/** Decodes a row of hex slices (s0, s1, ...; empty past the chunk's end) into one buffer. */
export function readChunkSlices(row: Record<string, string | null>): Buffer {
  const slices: string[] = [];
  for (let i = 0; `s${i}` in row; i += 1) slices.push(row[`s${i}`] ?? '');
  const size = slices.reduce((sum, s) => sum + s.length / 2, 0);
  const chunk = Buffer.allocUnsafe(size);
  let offset = 0;
  for (const slice of slices) offset += chunk.write(slice, offset, 'hex');
  return chunk;
}
