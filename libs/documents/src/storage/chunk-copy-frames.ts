import { BINARY_COPY_SIGNATURE } from './binary-copy-reader';

/**
 * The framing of `COPY document_chunk (document_id, seq, data) FROM STDIN (FORMAT binary)`, built
 * around the chunk's bytes rather than by copying them: the tuple header is written into the space
 * left for it in front of the chunk, so a whole row goes to the socket as one buffer.
 */

/** Signature, flags 0 (no OIDs), no header extension. */
export const BINARY_COPY_HEADER = Buffer.concat([BINARY_COPY_SIGNATURE, Buffer.alloc(8)]);
/** A field count of -1 ends the rows. */
export const BINARY_COPY_TRAILER = Buffer.from([0xff, 0xff]);

const UUID_BYTES = 16;
/** Field count, then each field's length: the uuid's 16 bytes, the int4's 4, and the data's length. */
export const CHUNK_TUPLE_HEADER_BYTES = 2 + 4 + UUID_BYTES + 4 + 4 + 4;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The 16 bytes PostgreSQL's binary `uuid` is. */
export function uuidBytes(id: string): Buffer {
  if (!UUID.test(id)) throw new Error('Invalid document id');
  return Buffer.from(id.replace(/-/g, ''), 'hex');
}

/** Writes a row's header (document id, seq, data length) into `frame[0, CHUNK_TUPLE_HEADER_BYTES)`. */
export function writeChunkTupleHeader(frame: Buffer, documentId: Buffer, seq: number, dataLength: number): void {
  let offset = frame.writeInt16BE(3, 0);
  offset = frame.writeInt32BE(UUID_BYTES, offset);
  offset += documentId.copy(frame, offset, 0, UUID_BYTES);
  offset = frame.writeInt32BE(4, offset);
  offset = frame.writeInt32BE(seq, offset);
  frame.writeInt32BE(dataLength, offset);
}
