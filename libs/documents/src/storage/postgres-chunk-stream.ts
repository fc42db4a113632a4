import type { Pool, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { Readable } from 'stream';

import type { TransferMemoryGovernor } from '../streaming/transfer-memory-governor';
import { BinaryCopyReader } from './binary-copy-reader';
import { uuidBytes } from './chunk-copy-frames';

/**
 * A stored document's bytes, read one `document_chunk` row at a time through
 * `COPY (SELECT data ...) TO STDOUT (FORMAT binary)`. Why COPY: node-postgres returns `bytea` as hex
 * text, a string twice the chunk's size per chunk; COPY hands over the socket's bytes.
 *
 * The COPY output is parsed as it arrives (BinaryCopyReader) and the chunk's bytes are pushed in
 * the pieces the socket delivered, never gathered into one chunk-sized buffer. A chunk is read from
 * PostgreSQL at the database's pace and the pooled connection goes back as soon as its last byte
 * is in, so a slow client never holds a connection; the next chunk is asked for only once the
 * consumer (the HTTP reply) has taken this one down below the high-water mark. So a transfer holds
 * at most one chunk plus `highWaterMark` of document bytes. Every chunk is reported to `governor`,
 * which frees the database socket's dead read buffers.
 */
export class PostgresChunkStream extends Readable {
  private seq = 0;
  /** A chunk is being read. */
  private busy = false;
  /** _read was called while a chunk was being read. */
  private wanted = false;
  /** Tells the governor this download is over: called once the stream is destroyed (after its end too). */
  private readonly endTransfer: () => void;

  constructor(
    private readonly pool: Pool,
    private readonly documentId: string,
    private readonly governor: TransferMemoryGovernor,
  ) {
    super({ highWaterMark: 64 * 1024 });
    uuidBytes(documentId); // COPY takes no parameters: the id is checked to be a uuid before it is inlined
    this.endTransfer = governor.begin();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.endTransfer();
    callback(error);
  }

  override _read(): void {
    if (this.busy) {
      this.wanted = true;
      return;
    }
    this.readChunk().catch((error: Error) => this.destroy(error));
  }

  private async readChunk(): Promise<void> {
    this.busy = true;
    this.wanted = false;
    const seq = this.seq++;
    const client = await this.pool.connect();
    let rows: number;
    try {
      rows = await this.copyChunk(client, seq);
    } catch (error) {
      client.release(error as Error); // a connection that failed mid-COPY is discarded, not reused
      throw error;
    }
    client.release();
    this.busy = false;
    if (this.destroyed) return;
    if (rows === 0)
      this.push(null); // past the last chunk
    else if (this.wanted && this.readableLength < this.readableHighWaterMark) this._read();
    // Otherwise the consumer has not drained the chunk yet; Readable calls _read when it has.
  }

  /** Pushes one chunk's bytes as they arrive; resolves with the number of rows (0 or 1). */
  private copyChunk(client: PoolClient, seq: number): Promise<number> {
    let received = 0;
    return new Promise<number>((resolve, reject) => {
      const reader = new BinaryCopyReader((piece) => {
        if (!this.destroyed) this.push(piece);
      });
      const copy = client.query(
        copyTo(
          `COPY (SELECT data FROM document_chunk WHERE document_id = '${this.documentId}' AND seq = ${seq}) TO STDOUT (FORMAT binary)`,
        ),
      );
      copy.on('data', (piece: Buffer) => {
        received += piece.length;
        try {
          reader.write(piece);
        } catch (error) {
          copy.destroy(error as Error);
        }
      });
      copy.once('error', reject);
      copy.once('end', () => {
        try {
          reader.end();
          // Reported at the chunk's end, not piece by piece: the scavenge it may run then finds the
          // previous chunk's pieces taken by the client (the next chunk is read only after that),
          // so they die young; counted piece by piece, pieces waiting in the stream lived through
          // two scavenges and were promoted, and the full collections that then freed them
          // doubled a download's CPU (bench/RESULTS.md "Documents", 2026-12-02).
          this.governor.streamed(received);
          resolve(reader.rows);
        } catch (error) {
          reject(error as Error);
        }
      });
    });
  }
}
