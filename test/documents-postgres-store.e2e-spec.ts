/**
 * The PostgreSQL document store on a real database, without the app: what it sends (one COPY per
 * upload), what a failed upload leaves (nothing, and a usable connection), and that a download
 * holds no pooled connection while its consumer is not reading.
 */
import { dataSourceOptions } from '@app/core';
import { createSuiteDatabase, dropDatabase, suiteDbPrefix } from '@app/testing';
import { randomBytes, randomUUID } from 'crypto';
import type { Pool, PoolClient } from 'pg';
import { Readable } from 'stream';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { PostgresDocumentStore } from '../libs/documents/src/storage/postgres-document-store';
import { obtainGarbageCollector } from '../libs/documents/src/streaming/runtime-gc';
import { TransferMemoryGovernor } from '../libs/documents/src/streaming/transfer-memory-governor';
import { governorSettingsFor } from '../libs/documents/src/streaming/transfer-memory-governor.provider';

const CHUNK = 16 * 1024;

/** `bytes` as a stream of uneven pieces, failing after `failAfter` bytes when given. */
const source = (bytes: Buffer, failAfter?: number) =>
  Readable.from(
    (function* () {
      for (let offset = 0, step = 1; offset < bytes.length; offset += step, step = (step * 7) % 9000 || 1) {
        if (failAfter !== undefined && offset >= failAfter) throw new Error('refused mid-way');
        yield bytes.subarray(offset, offset + step);
      }
    })(),
    { objectMode: false },
  );

const readAll = async (stream: Readable) => {
  const pieces: Buffer[] = [];
  for await (const piece of stream as AsyncIterable<Buffer>) pieces.push(piece);
  return Buffer.concat(pieces);
};

describe('PostgresDocumentStore (e2e, PostgreSQL)', () => {
  let databaseName: string;
  let dataSource: DataSource;
  let pool: Pool;
  let store: PostgresDocumentStore;
  const statements: string[] = [];

  beforeAll(async () => {
    databaseName = `${suiteDbPrefix()}${process.pid}_store_${randomBytes(3).toString('hex')}`;
    dataSource = new DataSource({ ...dataSourceOptions(await createSuiteDatabase(databaseName)), entities: [], logging: false });
    await dataSource.initialize();
    pool = (dataSource.driver as PostgresDriver).master as Pool;
    // Records every statement the store's connections are sent (plain text or a COPY stream).
    const wrapped = new WeakSet<PoolClient>();
    pool.on('acquire', (client: PoolClient) => {
      if (wrapped.has(client)) return;
      wrapped.add(client);
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        const first = args[0] as string | { text: string };
        statements.push(typeof first === 'string' ? first : first.text);
        return query(...args);
      };
    });
    // The app's governor, collecting every half chunk: the bytes must come through unchanged.
    const governor = new TransferMemoryGovernor(obtainGarbageCollector(), governorSettingsFor({ storage: 'postgres', chunkBytes: CHUNK }));
    store = new PostgresDocumentStore(dataSource, CHUNK, governor);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    if (databaseName) await dropDatabase(databaseName);
  });

  it('writes an upload with one COPY in one transaction and reads back exactly its bytes', async () => {
    const id = randomUUID();
    const bytes = randomBytes(CHUNK * 5 + 123);
    statements.length = 0;
    await store.write(id, source(bytes));
    expect(statements.map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['START TRANSACTION', 'COPY document_chunk', 'COMMIT']);
    const rows = await dataSource.query(`SELECT seq, length(data)::int AS n FROM document_chunk WHERE document_id = $1 ORDER BY seq`, [id]);
    expect(rows).toEqual([0, 1, 2, 3, 4, 5].map((seq) => ({ seq, n: seq < 5 ? CHUNK : 123 })));
    expect((await readAll(await store.read(id))).equals(bytes)).toBe(true);
  });

  it('leaves no row when the upload fails mid-way, and its connection serves the next one', async () => {
    const id = randomUUID();
    await expect(store.write(id, source(randomBytes(CHUNK * 4), CHUNK * 3))).rejects.toThrow('refused mid-way');
    expect(await dataSource.query(`SELECT 1 FROM document_chunk WHERE document_id = $1`, [id])).toEqual([]);
    const next = randomUUID();
    const bytes = randomBytes(CHUNK + 1);
    await store.write(next, source(bytes));
    expect((await readAll(await store.read(next))).equals(bytes)).toBe(true);
  });

  it('holds no connection while the consumer does not read, and reads ahead at most its buffer plus a chunk', async () => {
    const id = randomUUID();
    const bytes = randomBytes(CHUNK * 10);
    await store.write(id, source(bytes));
    const stream = await store.read(id);
    const highWaterMark = stream.readableHighWaterMark;
    stream.pause();
    stream.read(0); // asks for data without taking any
    for (let i = 0; i < 3000 && (stream.readableLength < highWaterMark || pool.idleCount !== pool.totalCount); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(stream.readableLength).toBeGreaterThanOrEqual(highWaterMark);
    expect(stream.readableLength).toBeLessThan(highWaterMark + CHUNK);
    expect(pool.idleCount).toBe(pool.totalCount);
    expect((await readAll(stream)).equals(bytes)).toBe(true);
  });

  it('reads an unknown document as empty', async () => {
    expect((await readAll(await store.read(randomUUID()))).length).toBe(0);
  });
});
