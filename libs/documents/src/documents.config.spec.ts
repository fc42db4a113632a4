import { ConfigError } from '@app/core';

import { loadDocumentsConfig } from './documents.config';

describe('loadDocumentsConfig', () => {
  it('defaults to 25 MB in PostgreSQL, no scanner, a day before unattached uploads go', () => {
    expect(loadDocumentsConfig({})).toEqual({
      maxBytes: 26_214_400,
      storage: 'postgres',
      chunkBytes: 1_048_576,
      s3: null,
      clamav: null,
      unattachedTtlSeconds: 86_400,
    });
  });

  it('reads S3 and clamd settings', () => {
    const config = loadDocumentsConfig({
      DOCUMENT_STORAGE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'docs',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      CLAMAV_HOST: 'clamd',
    });
    expect(config.s3).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      bucket: 'docs',
      region: 'us-east-1',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
    expect(config.clamav).toEqual({ host: 'clamd', port: 3310, timeoutMs: 60_000 });
  });

  it('names every bad or missing value at once', () => {
    try {
      loadDocumentsConfig({ DOCUMENT_STORAGE: 's3', S3_ENDPOINT: 'ftp://x', DOCUMENT_MAX_BYTES: '0' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'S3_ENDPOINT must be an http:// or https:// URL (got "ftp://x")',
        'S3_BUCKET is required when DOCUMENT_STORAGE=s3',
        'S3_ACCESS_KEY_ID is required when DOCUMENT_STORAGE=s3',
        'S3_SECRET_ACCESS_KEY is required when DOCUMENT_STORAGE=s3',
        'DOCUMENT_MAX_BYTES must be an integer between 1 and 2147483647 (got "0")',
      ]);
    }
  });
});
