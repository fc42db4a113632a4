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
import { pipeline, Readable, Transform } from 'stream';

import type { DocumentsConfig } from '../documents.config';
import type { TransferMemoryGovernor } from '../streaming/transfer-memory-governor';
import { DocumentStore } from './document-store';
import { s3PartBytes } from './s3-part-size';

/**
 * Any S3-compatible store (AWS SDK v3), for deployments that outgrow the database
 * (DOCUMENT_STORAGE=s3). Uploads are multipart and streamed through one reused part buffer, one part
 * in flight (not `@aws-sdk/lib-storage`, whose `Buffer.concat` per part held each part twice:
 * bench/RESULTS.md "Documents"); a failed upload is aborted so no object is left behind. Parts are
 * not double-buffered: the request is read again only once the part in flight is stored, so an
 * upload holds one part. Both directions report what they stream to the governor, which frees
 * the sockets' dead read buffers (streaming/transfer-memory-governor.ts).
 */
export class S3DocumentStore implements DocumentStore {
  readonly kind = 's3' as const;
  private readonly client: S3Client;
  private readonly partBytes: number;

  constructor(
    private readonly settings: NonNullable<DocumentsConfig['s3']>,
    chunkBytes: number,
    private readonly governor: TransferMemoryGovernor,
  ) {
    this.partBytes = s3PartBytes(chunkBytes);
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
    const part = Buffer.allocUnsafe(this.partBytes);
    let filled = 0;
    let uploadId: string | undefined;
    const parts: { ETag: string | undefined; PartNumber: number }[] = [];
    const endTransfer = this.governor.begin();
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
        this.governor.streamed(data.length);
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
    } finally {
      endTransfer();
    }
  }

  async read(documentId: string): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(documentId) }));
    // Passed on as they come (the same Buffers, counted); pipeline carries an error or an early
    // end of either side to the other, so an abandoned download releases the S3 socket.
    const counted = new Transform({
      transform: (piece: Buffer, _encoding, done) => {
        this.governor.streamed(piece.length);
        done(null, piece);
      },
    });
    counted.once('close', this.governor.begin());
    return pipeline(object.Body as Readable, counted, () => undefined);
  }

  async delete(documentId: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.key(documentId) }));
  }

  destroy(): void {
    this.client.destroy();
  }
}
