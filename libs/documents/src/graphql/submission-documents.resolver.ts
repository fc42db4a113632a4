import { GqlContext } from '@app/core';
import { SubmissionModel } from '@app/submissions/api';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { DocumentAccessService } from '../access/document-access.service';
import { blindName } from '../access/document-names';
import { DocumentAttachmentService } from '../document-attachment.service';
import { toDocumentModel } from './document.mapper';
import { DocumentModel } from './document.models';

/**
 * The documents of a bid's latest revision. A Submission only reaches this field for readers the
 * sealed-bid rules let through; a blind evaluator gets neutral names.
 */
@Resolver(() => SubmissionModel)
export class SubmissionDocumentsResolver {
  constructor(
    private readonly attachments: DocumentAttachmentService,
    private readonly access: DocumentAccessService,
  ) {}

  @ResolveField(() => [DocumentModel], { description: 'Part of the sealed bid: their SHA-256 values are in its content hash.' })
  async documents(@Parent() submission: SubmissionModel, @Context() ctx: GqlContext): Promise<DocumentModel[]> {
    const links = await this.attachments.liveOf('SUBMISSION', [submission.id]);
    if (!links.length) return [];
    const [documents, hidden] = await Promise.all([
      this.attachments.documentsByIds(links.map((l) => l.documentId)),
      this.access.vendorHidden(ctx.actor, submission),
    ]);
    return links.flatMap((link) => {
      const document = documents.find((d) => d.id === link.documentId);
      if (!document) return [];
      return [toDocumentModel(document, link, hidden ? blindName(submission.id, link.position, document.mediaType) : document.name)];
    });
  }
}
