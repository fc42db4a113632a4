import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'stream';

import type { DocumentsConfig } from '../documents.config';
import { DocumentStore } from './document-store';

/** S3 needs parts of at least 5 MiB (except the last); one part in flight bounds memory per upload. */
const S3_MIN_PART_BYTES = 5 * 1024 * 1024;

/**
 * Any S3-compatible store (AWS SDK v3), for deployments that outgrow the database
 * (DOCUMENT_STORAGE=s3). Uploads are multipart and streamed, one part in flight; a failed upload is
 * aborted by the SDK so no object is left behind.
 */
export class S3DocumentStore implements DocumentStore {
  readonly kind = 's3' as const;
  private readonly client: S3Client;

  constructor(
    private readonly settings: NonNullable<DocumentsConfig['s3']>,
    private readonly partBytes: number,
  ) {
    this.client = new S3Client({
      region: settings.region,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    });
  }

  private key(documentId: string): string {
    return `documents/${documentId}`;
  }

  async write(documentId: string, bytes: Readable): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.settings.bucket, Key: this.key(documentId), Body: bytes },
      partSize: Math.max(S3_MIN_PART_BYTES, this.partBytes),
      queueSize: 1,
      leavePartsOnError: false,
    });
    // The source's own error (a refused upload) is the one to report, not a failure of the abort
    // the SDK then attempts (some S3-compatible servers do not implement AbortMultipartUpload).
    let sourceError: unknown = null;
    bytes.once('error', (error) => (sourceError = error));
    try {
      await upload.done();
    } catch (error) {
      bytes.resume();
      await this.delete(documentId).catch(() => undefined);
      throw sourceError ?? error;
    }
  }

  async read(documentId: string): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(documentId) }));
    return object.Body as Readable;
  }

  async delete(documentId: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.key(documentId) }));
  }

  destroy(): void {
    this.client.destroy();
  }
}
