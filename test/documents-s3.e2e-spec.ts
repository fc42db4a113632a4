import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'fs';
import { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import S3rver from 's3rver';

import { documentsSuite } from '../libs/documents/test-support/documents-suite';

/**
 * The same done-when suite with DOCUMENT_STORAGE=s3, against a real S3-protocol server (s3rver)
 * that this suite starts on a random port with its own directory: the AWS SDK speaks real HTTP
 * to it, no client is mocked.
 */
const BUCKET = 'sprintgate-documents';
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }; // s3rver's built-in account
let server: S3rver;
let directory: string;
let endpoint: string;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'sg-s3rver-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: BUCKET }] });
  const address = (await server.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await server?.close();
  rmSync(directory, { recursive: true, force: true });
});

documentsSuite('documents on the S3 store (e2e, s3rver, with the worker)', {
  env: () => ({
    DOCUMENT_STORAGE: 's3',
    S3_ENDPOINT: endpoint,
    S3_BUCKET: BUCKET,
    S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
  }),
  maxBytes: 6 * 1024 * 1024, // two multipart parts
  storedObjects: async () => {
    const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: CREDENTIALS });
    try {
      const listing = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'documents/' }));
      return listing.KeyCount ?? 0;
    } finally {
      client.destroy();
    }
  },
});
