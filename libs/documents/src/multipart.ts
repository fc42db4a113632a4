import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Lets POST /documents read multipart bodies as streams. Limits are set per request by the upload
 * controller (DOCUMENT_MAX_BYTES); nothing is buffered to memory or disk here.
 */
export async function registerDocumentUploads(app: NestFastifyApplication): Promise<void> {
  await app.register(multipart as never, { throwFileSizeLimit: false, limits: { files: 1, fields: 10, parts: 10 } });
}
