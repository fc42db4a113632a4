import { pipeline, Readable } from 'stream';
import { DataSource } from 'typeorm';

import { DocumentStore } from './document-store';
import { rechunk } from './rechunk';

/**
 * The default store: bytes in PostgreSQL as `bytea` rows of `chunkBytes` each, so a two-command
 * setup needs nothing more and every API replica sees every file. Writing inserts chunk by chunk
 * in one transaction (a failed upload leaves no row); reading fetches one chunk per query as the
 * client consumes them, so neither direction holds more than a chunk or two in memory.
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
      let seq = 0;
      // pipeline, not pipe: an error of the source (a refused upload) must end the loop below.
      const pieces = rechunk(this.chunkBytes);
      pipeline(bytes, pieces, () => undefined);
      for await (const chunk of pieces as AsyncIterable<Buffer>) {
        await runner.query(`INSERT INTO document_chunk (document_id, seq, data) VALUES ($1, $2, $3)`, [documentId, seq++, chunk]);
      }
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
    const dataSource = this.dataSource;
    let seq = 0;
    return new Readable({
      highWaterMark: 1,
      objectMode: false,
      read() {
        dataSource
          .query(`SELECT data FROM document_chunk WHERE document_id = $1 AND seq = $2`, [documentId, seq++])
          .then((rows: { data: Buffer }[]) => this.push(rows.length ? rows[0].data : null))
          .catch((error: Error) => this.destroy(error));
      },
    });
  }

  async delete(documentId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM document_chunk WHERE document_id = $1`, [documentId]);
  }
}
