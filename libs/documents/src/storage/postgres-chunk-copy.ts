import type { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';

/** Binary COPY output: an 11-byte signature, flags, a header extension, then the rows. */
const COPY_SIGNATURE_BYTES = 11;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads one stored chunk as raw bytes through `COPY ... TO STDOUT (FORMAT binary)`. A plain query
 * would do, but node-postgres returns `bytea` as hex text: a string twice the chunk's size, in V8's
 * large-object space, per chunk, which is what made downloads grow the process by tens of MiB.
 * COPY hands over the socket's bytes instead. The connection goes back to the pool after each
 * chunk, so a slow client holds none. Null past the last chunk.
 */
export async function readChunkByCopy(pool: Pool, documentId: string, seq: number): Promise<Buffer | null> {
  // COPY takes no parameters: both values are checked to be what they claim before they are inlined.
  if (!UUID.test(documentId) || !Number.isSafeInteger(seq) || seq < 0) throw new Error('Invalid document chunk address');
  const client = await pool.connect();
  let failed: Error | undefined;
  try {
    const pieces: Buffer[] = [];
    const stream = client.query(
      copyTo(`COPY (SELECT data FROM document_chunk WHERE document_id = '${documentId}' AND seq = ${seq}) TO STDOUT (FORMAT binary)`),
    );
    for await (const piece of stream as AsyncIterable<Buffer>) pieces.push(piece);
    return chunkOfBinaryCopy(Buffer.concat(pieces));
  } catch (error) {
    failed = error as Error;
    throw error;
  } finally {
    client.release(failed); // a connection that failed mid-COPY is discarded, not reused
  }
}

/** The single `bytea` field of the single row of a binary COPY, or null when it has no row. */
export function chunkOfBinaryCopy(output: Buffer): Buffer | null {
  let offset = COPY_SIGNATURE_BYTES + 4; // signature, flags
  offset += 4 + output.readUInt32BE(offset); // header extension
  const fields = output.readInt16BE(offset);
  if (fields === -1) return null; // the trailer straight away: no such chunk
  offset += 2;
  const length = output.readInt32BE(offset);
  offset += 4;
  return output.subarray(offset, offset + length);
}
