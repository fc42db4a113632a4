import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { Readable } from 'stream';

import type { DocumentsConfig } from '../documents.config';
import { DocumentStore } from './document-store';

/** S3 needs parts of at least 5 MiB (except the last); one part in flight bounds memory per upload. */
const S3_MIN_PART_BYTES = 5 * 1024 * 1024;

/**
 * Any S3-compatible store (AWS SDK v3), for deployments that outgrow the database
 * (DOCUMENT_STORAGE=s3). Uploads are multipart and streamed through one reused part buffer, one part
 * in flight (not `@aws-sdk/lib-storage`, whose `Buffer.concat` per part held each part twice:
 * bench/RESULTS.md "Documents"); a failed upload is aborted so no object is left behind.
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
    const target = { Bucket: this.settings.bucket, Key: this.key(documentId) };
    const part = Buffer.allocUnsafe(Math.max(S3_MIN_PART_BYTES, this.partBytes));
    let filled = 0;
    let uploadId: string | undefined;
    const parts: { ETag: string | undefined; PartNumber: number }[] = [];
    // The part buffer is reused: a request's body has been sent once its promise resolves.
    const sendPart = async (length: number) => {
      uploadId ??= (await this.client.send(new CreateMultipartUploadCommand(target))).UploadId;
      const PartNumber = parts.length + 1;
      const body = part.subarray(0, length);
      const { ETag } = await this.client.send(
        new UploadPartCommand({ ...target, UploadId: uploadId, PartNumber, Body: body, ContentLength: length }),
      );
      parts.push({ ETag, PartNumber });
    };
    try {
      // for await reads more only after the part in flight is stored: one part per upload in memory.
      for await (const data of bytes as AsyncIterable<Buffer>) {
        let offset = 0;
        while (offset < data.length) {
          const copied = data.copy(part, filled, offset, Math.min(data.length, offset + part.length - filled));
          filled += copied;
          offset += copied;
          if (filled === part.length) {
            await sendPart(filled);
            filled = 0;
          }
        }
      }
      if (!uploadId) {
        // Smaller than one part: a single PUT.
        await this.client.send(new PutObjectCommand({ ...target, Body: part.subarray(0, filled), ContentLength: filled }));
        return;
      }
      if (filled > 0) await sendPart(filled);
      await this.client.send(new CompleteMultipartUploadCommand({ ...target, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
    } catch (error) {
      bytes.resume(); // let the source drain so the request can still be answered
      // Some S3-compatible servers do not implement AbortMultipartUpload: the source's error is the one to report.
      if (uploadId) await this.client.send(new AbortMultipartUploadCommand({ ...target, UploadId: uploadId })).catch(() => undefined);
      await this.delete(documentId).catch(() => undefined);
      throw error;
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
