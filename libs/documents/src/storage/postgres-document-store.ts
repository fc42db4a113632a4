import type { Pool } from 'pg';
import { Readable } from 'stream';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { DocumentStore } from './document-store';
import { readChunkByCopy } from './postgres-chunk-copy';

/**
 * The default store: bytes in PostgreSQL as `bytea` rows of `chunkBytes` each, so a two-command
 * setup needs nothing more and every API replica sees every file.
 *
 * Memory is bounded per transfer, not per file (bench/RESULTS.md "Documents"):
 * - Writing copies the incoming bytes into one reused chunk-sized buffer and inserts it when full,
 *   awaiting each INSERT before reading more (back-pressure reaches the client's socket), all in one
 *   transaction so a failed upload leaves no row. No per-chunk Buffer.concat, no read-ahead.
 * - Reading fetches one chunk at a time, when the client has taken the previous one, as raw bytes
 *   through a binary COPY (postgres-chunk-copy.ts: no hex strings), holding a pooled connection
 *   only while that chunk arrives.
 */
export class PostgresDocumentStore implements DocumentStore {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly chunkBytes: number,
  ) {}

  async write(documentId: string, bytes: Readable): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const chunk = Buffer.allocUnsafe(this.chunkBytes);
      let filled = 0;
      let seq = 0;
      // The parameter is serialised when the query is sent, so the buffer is free again once it resolves.
      const insert = (length: number) =>
        runner.query(`INSERT INTO document_chunk (document_id, seq, data) VALUES ($1, $2, $3)`, [
          documentId,
          seq++,
          chunk.subarray(0, length),
        ]);
      // for await pulls the next piece only after the body of the loop (and so the INSERT) is done;
      // an error of the source (a refused upload) ends the loop and rolls back.
      for await (const data of bytes as AsyncIterable<Buffer>) {
        let offset = 0;
        while (offset < data.length) {
          const copied = data.copy(chunk, filled, offset, Math.min(data.length, offset + this.chunkBytes - filled));
          filled += copied;
          offset += copied;
          if (filled === this.chunkBytes) {
            await insert(filled);
            filled = 0;
          }
        }
      }
      if (filled > 0) await insert(filled);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      bytes.resume(); // let the source drain so the request can still be answered
      throw error;
    } finally {
      await runner.release();
    }
  }

  async read(documentId: string): Promise<Readable> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    let seq = 0;
    return new Readable({
      highWaterMark: 1, // read() again only once the consumer has taken the previous chunk
      read() {
        readChunkByCopy(pool, documentId, seq++)
          .then((chunk) => this.push(chunk))
          .catch((error: Error) => this.destroy(error));
      },
    });
  }

  async delete(documentId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM document_chunk WHERE document_id = $1`, [documentId]);
  }
}
