import { once } from 'events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Readable } from 'stream';
import { finished } from 'stream/promises';

import type { TransferMemoryGovernor } from '../streaming/transfer-memory-governor';
import { BINARY_COPY_HEADER, BINARY_COPY_TRAILER, CHUNK_TUPLE_HEADER_BYTES, uuidBytes, writeChunkTupleHeader } from './chunk-copy-frames';

/**
 * Streams an upload into `document_chunk` rows through one binary
 * `COPY ... FROM STDIN` on `client`, inside the caller's transaction. Why COPY and not an INSERT per
 * chunk: a bind parameter is copied by pg-protocol into a growing parameter buffer and again into
 * the message (3–4 transient chunk-sized allocations per chunk); COPY writes our buffer to the
 * socket as it is. One frame buffer (row header + chunk, the caller's: its size less the row header
 * is the chunk size) is filled and reused: it is refilled only
 * once the socket has written it out, and the source is read no faster than that, so back-pressure
 * reaches the client's socket. On any failure the COPY is aborted (CopyFail) before rethrowing, so
 * the caller's rollback leaves no row. Every piece read is reported to `governor`, which frees the
 * request's dead socket buffers. Returns the number of rows written.
 */
export async function writeChunksByCopy(
  client: PoolClient,
  documentId: string,
  source: Readable,
  frame: Buffer,
  governor: TransferMemoryGovernor,
): Promise<number> {
  const id = uuidBytes(documentId);
  const socket = client.connection.stream;
  const copy = client.query(copyFrom(`COPY document_chunk (document_id, seq, data) FROM STDIN (FORMAT binary)`));
  // pg reports a failed COPY or a lost connection as an 'error' of the stream, and a pending
  // write's callback may then never run: every wait below races this.
  let copyFailed = false;
  const failed = once(copy, 'error').then(([error]) => {
    copyFailed = true;
    return Promise.reject(error as Error);
  });
  failed.catch(() => undefined);
  const write = (buffer: Buffer) =>
    Promise.race([new Promise<void>((resolve, reject) => copy.write(buffer, (error) => (error ? reject(error) : resolve()))), failed]);

  const chunkBytes = frame.length - CHUNK_TUPLE_HEADER_BYTES;
  let filled = 0;
  let seq = 0;
  const flush = async () => {
    writeChunkTupleHeader(frame, id, seq++, filled);
    await write(frame.subarray(0, CHUNK_TUPLE_HEADER_BYTES + filled));
    // The socket holds a reference to the frame, not a copy, until it has written it: the write
    // callback can come earlier when the frame fits under the socket's high-water mark.
    if (socket.writableLength > 0) await Promise.race([once(socket, 'drain'), failed]);
    filled = 0;
  };

  try {
    copy.write(BINARY_COPY_HEADER);
    // for await pulls the next piece only once the loop body (and so a full frame's write) is
    // done; an error of the source (a refused upload) ends the loop and aborts the COPY.
    for await (const data of source as AsyncIterable<Buffer>) {
      governor.streamed(data.length);
      let offset = 0;
      while (offset < data.length) {
        const copied = data.copy(frame, CHUNK_TUPLE_HEADER_BYTES + filled, offset, Math.min(data.length, offset + chunkBytes - filled));
        filled += copied;
        offset += copied;
        if (filled === chunkBytes) await flush();
      }
    }
    if (filled > 0) await flush();
    copy.end(BINARY_COPY_TRAILER);
    await Promise.race([finished(copy), failed]);
    return seq;
  } catch (error) {
    // When the server failed the COPY it is already over; otherwise (the source failed: a refused
    // upload) abort it with CopyFail. 'close' comes once the server has answered, so the
    // connection is idle again when the caller rolls back.
    if (!copyFailed && !copy.destroyed) {
      const closed = once(copy, 'close').catch(() => undefined);
      copy.destroy(error as Error);
      await closed;
    }
    throw error;
  }
}
