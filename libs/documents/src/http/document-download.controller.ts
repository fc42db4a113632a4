import { ActorResolver, Public } from '@app/core';
import { Controller, Get, Inject, Logger, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { DocumentAccessService } from '../access/document-access.service';
import { contentDisposition } from '../intake/file-name';
import { DOCUMENT_STORE, DocumentStore } from '../storage/document-store';
import { knownError, sendError } from './http-errors';

/**
 * GET /documents/:id streams a document to whoever may read the object it belongs to. Always a
 * download (`Content-Disposition: attachment`, `nosniff`, the sniffed media type), so a browser
 * never renders uploaded content in the API's origin. Missing and foreign documents get the same 404.
 */
@Controller('documents')
export class DocumentDownloadController {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly actors: ActorResolver,
    private readonly access: DocumentAccessService,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
  ) {}

  @Public() // public challenge annexes need no sign-in; everything else is decided by DocumentAccessService
  @Get(':id')
  async download(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    try {
      const actor = await this.actors.fromAuthorizationHeader(request.headers.authorization);
      const readable = await this.access.readable(actor, id);
      if (!readable) return sendError(reply, 'NOT_FOUND', 'Document not found');
      const { document, name } = readable;
      const bytes = await this.store.read(document.id);
      return reply
        .status(200)
        .header('content-type', document.mediaType)
        .header('content-length', String(document.sizeBytes))
        .header('content-disposition', contentDisposition(name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('x-document-sha256', document.sha256 ?? '')
        .header('x-document-scan-status', document.scanStatus)
        .send(bytes);
    } catch (error) {
      const known = knownError(error);
      if (known) return sendError(reply, known.code, known.message);
      this.logger.error(`download failed: ${(error as Error)?.stack ?? error}`);
      return sendError(reply, 'SERVICE_UNAVAILABLE', 'The document could not be read; try again');
    }
  }
}
