import { ActorResolver, Public } from '@app/core';
import { Controller, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { DOCUMENTS_CONFIG, DocumentsConfig } from '../documents.config';
import { DocumentUploadService } from '../intake/document-upload.service';
import { toDocumentJson } from './document-json';
import { knownError, sendError } from './http-errors';

/**
 * POST /documents: one file in a multipart/form-data body, streamed (never buffered whole) into
 * the store. Authenticated with the same bearer token as GraphQL. Answers 201 with the document's
 * id, name, size, media type, SHA-256 and scan status, or a JSON error with a code.
 */
@Controller('documents')
export class DocumentUploadController {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly actors: ActorResolver,
    private readonly uploads: DocumentUploadService,
    @Inject(DOCUMENTS_CONFIG) private readonly config: DocumentsConfig,
  ) {}

  @Public() // authenticated below, answering in JSON rather than through the GraphQL guard
  @Post()
  async upload(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    try {
      const actor = await this.actors.fromAuthorizationHeader(request.headers.authorization);
      if (!actor) return sendError(reply, 'UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <token>');
      if (!request.isMultipart()) return sendError(reply, 'BAD_USER_INPUT', 'Send the file as multipart/form-data');
      // One byte over the limit reaches the intake, which refuses it; busboy drops the rest.
      const part = await request.file({ limits: { fileSize: this.config.maxBytes + 1, files: 1, parts: 10 } });
      if (!part) return sendError(reply, 'BAD_USER_INPUT', 'The multipart body holds no file');
      const document = await this.uploads.upload(actor, part.file, part.filename);
      return reply.status(201).header('cache-control', 'no-store').send(toDocumentJson(document));
    } catch (error) {
      const known = knownError(error);
      if (known) return sendError(reply, known.code, known.message);
      this.logger.error(`upload failed: ${(error as Error)?.stack ?? error}`);
      return sendError(reply, 'SERVICE_UNAVAILABLE', 'The upload could not be stored; try again');
    }
  }
}
