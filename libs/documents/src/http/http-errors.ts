import { AppError } from '@app/core';
import type { FastifyReply } from 'fastify';

import { IntakeRefusal } from '../intake/document-intake';
import { InfectedUploadError } from '../intake/document-upload.service';
import { ScannerUnavailableError } from '../scanning/document-scanner';

const STATUS_OF: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INFECTED: 422,
  RATE_LIMITED: 429,
  SCANNER_UNAVAILABLE: 503,
  SERVICE_UNAVAILABLE: 503,
};

/** The REST side of the error contract: `{ code, message }` with the matching status, never a stack. */
export function sendError(reply: FastifyReply, code: string, message: string): FastifyReply {
  const statusCode = STATUS_OF[code] ?? 400;
  return reply.status(statusCode).header('cache-control', 'no-store').send({ statusCode, code, message });
}

/** Maps what the documents services throw to a client answer; null for the unexpected (logged by the caller). */
export function knownError(error: unknown): { code: string; message: string } | null {
  if (error instanceof IntakeRefusal) return { code: error.code, message: error.message };
  if (error instanceof InfectedUploadError) return { code: 'INFECTED', message: error.message };
  if (error instanceof ScannerUnavailableError)
    return { code: 'SCANNER_UNAVAILABLE', message: 'The malware scanner is unavailable; the file was not kept. Try again later.' };
  if (error instanceof AppError) return { code: error.code, message: error.message };
  const fastifyError = error as { code?: string; statusCode?: number; message?: string } | null;
  if (typeof fastifyError?.code === 'string' && fastifyError.code.startsWith('FST_')) {
    return fastifyError.statusCode === 413
      ? { code: 'PAYLOAD_TOO_LARGE', message: fastifyError.message ?? 'Too large' }
      : { code: 'BAD_USER_INPUT', message: fastifyError.message ?? 'Malformed upload' };
  }
  return null;
}
