import type { Pool, PoolClient } from 'pg';
import { Readable } from 'stream';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import type { TransferMemoryGovernor } from '../streaming/transfer-memory-governor';
import { CHUNK_TUPLE_HEADER_BYTES } from './chunk-copy-frames';
import { DocumentStore } from './document-store';
import { PostgresChunkStream } from './postgres-chunk-stream';
import { writeChunksByCopy } from './postgres-chunk-writer';
import { ReusableBuffers } from './reusable-buffers';

/** Upload frames kept between uploads: four concurrent uploads' worth, 4 MiB with the default 1 MiB chunks. */
const IDLE_FRAMES = 4;

/**
 * The default store: bytes in PostgreSQL as `bytea` rows of `chunkBytes` each, so a two-command
 * setup needs nothing more and every API replica sees every file.
 *
 * Memory is bounded per transfer, not per file (bench/RESULTS.md "Documents"), and the bytes are
 * not copied between the sockets and the one buffer of each direction:
 * - Writing streams the upload through one binary COPY in one transaction, from one
 *   chunk-sized frame (reused by the next upload) that is refilled only once the database socket has taken it
 *   (postgres-chunk-writer.ts); a failed upload aborts the COPY and rolls back, leaving no row.
 * - Reading streams one chunk at a time, when the client has taken the previous one, through a
 *   binary COPY parsed as it arrives (postgres-chunk-stream.ts), holding a pooled connection only
 *   while PostgreSQL sends that chunk.
 * Both directions report what they stream to the governor, which collects the socket buffers
 * left dead behind them (streaming/transfer-memory-governor.ts).
 */
export class PostgresDocumentStore implements DocumentStore {
  readonly kind = 'postgres' as const;
  private readonly frames: ReusableBuffers;

  constructor(
    private readonly dataSource: DataSource,
    chunkBytes: number,
    private readonly governor: TransferMemoryGovernor,
  ) {
    this.frames = new ReusableBuffers(CHUNK_TUPLE_HEADER_BYTES + chunkBytes, IDLE_FRAMES);
  }

  async write(documentId: string, bytes: Readable): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    const endTransfer = this.governor.begin();
    const frame = this.frames.take();
    try {
      await runner.startTransaction();
      await writeChunksByCopy(client, documentId, bytes, frame, this.governor);
      // Given back only after a success: after a failure the socket may still hold the frame.
      this.frames.give(frame);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      bytes.resume(); // let the source drain so the request can still be answered
      throw error;
    } finally {
      endTransfer();
      await runner.release();
    }
  }

  async read(documentId: string): Promise<Readable> {
    return new PostgresChunkStream((this.dataSource.driver as PostgresDriver).master as Pool, documentId, this.governor);
  }

  async delete(documentId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM document_chunk WHERE document_id = $1`, [documentId]);
  }
}
