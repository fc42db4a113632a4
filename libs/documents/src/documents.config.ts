import { ConfigError } from '@app/core';

type Env = Record<string, string | undefined>;

export type DocumentStorageKind = 'postgres' | 's3';

/**
 * Settings of the documents feature (README "Documents"), validated when the module starts, one
 * line per bad value like the core settings. Kept here so the feature owns its configuration.
 */
export interface DocumentsConfig {
  /** Largest accepted upload in bytes (DOCUMENT_MAX_BYTES, default 25 MB). */
  maxBytes: number;
  storage: DocumentStorageKind;
  /** Size of one stored piece: a PostgreSQL chunk row, and the unit memory is bounded by while streaming. */
  chunkBytes: number;
  s3: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean } | null;
  /** clamd to scan every upload with (CLAMAV_HOST); null means documents are NOT_SCANNED. */
  clamav: { host: string; port: number; timeoutMs: number } | null;
  /** An upload nobody attached is deleted after this long (DOCUMENT_UNATTACHED_TTL_SECONDS, default a day). */
  unattachedTtlSeconds: number;
}

export const DOCUMENTS_CONFIG = Symbol('DOCUMENTS_CONFIG');

export function loadDocumentsConfig(env: Env = process.env): DocumentsConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const storage = (env.DOCUMENT_STORAGE || 'postgres') as DocumentStorageKind;
  if (storage !== 'postgres' && storage !== 's3') problems.push(`DOCUMENT_STORAGE must be postgres or s3 (got "${env.DOCUMENT_STORAGE}")`);

  let s3: DocumentsConfig['s3'] = null;
  if (storage === 's3') {
    const required = (name: string) => {
      const value = env[name];
      if (!value) problems.push(`${name} is required when DOCUMENT_STORAGE=s3`);
      return value ?? '';
    };
    const endpoint = env.S3_ENDPOINT ?? '';
    if (endpoint) {
      try {
        if (!['http:', 'https:'].includes(new URL(endpoint).protocol)) throw new Error();
      } catch {
        problems.push(`S3_ENDPOINT must be an http:// or https:// URL (got "${endpoint}")`);
      }
    }
    s3 = {
      // Empty endpoint: the AWS default endpoint of the region.
      endpoint,
      bucket: required('S3_BUCKET'),
      region: env.S3_REGION || 'us-east-1',
      accessKeyId: required('S3_ACCESS_KEY_ID'),
      secretAccessKey: required('S3_SECRET_ACCESS_KEY'),
      forcePathStyle: (env.S3_FORCE_PATH_STYLE ?? 'true') !== 'false',
    };
  }
  const clamHost = env.CLAMAV_HOST?.trim();
  const config: DocumentsConfig = {
    maxBytes: int('DOCUMENT_MAX_BYTES', 25 * 1024 * 1024, 1, 2_147_483_647),
    storage,
    // 1 MiB: what a transfer holds beyond its chunk (socket reads, V8's pages) is a fixed few hundred
    // KiB, so a larger chunk keeps memory at about one chunk per transfer, with fewer rows and less
    // CPU per MiB; 256 KiB chunks could not keep within two chunks (bench/RESULTS.md "Documents").
    chunkBytes: int('DOCUMENT_CHUNK_BYTES', 1024 * 1024, 16 * 1024, 16 * 1024 * 1024),
    s3,
    clamav: clamHost
      ? { host: clamHost, port: int('CLAMAV_PORT', 3310, 1, 65535), timeoutMs: int('CLAMAV_TIMEOUT_MS', 60_000, 100) }
      : null,
    unattachedTtlSeconds: int('DOCUMENT_UNATTACHED_TTL_SECONDS', 86_400, 1),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
