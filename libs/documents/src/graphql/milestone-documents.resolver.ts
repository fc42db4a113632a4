import { MilestoneModel } from '@app/contracts/api';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { DocumentAttachmentService } from '../document-attachment.service';
import { DocumentModel } from './document.models';
import { ownedDocumentModels } from './owned-documents';

/**
 * A milestone's delivery evidence. A Milestone is only reached through a contract its reader may
 * see (the vendor's users, the buyer's officers, auditors and admins), so the field adds no rule.
 */
@Resolver(() => MilestoneModel)
export class MilestoneDocumentsResolver {
  constructor(private readonly attachments: DocumentAttachmentService) {}

  @ResolveField(() => [DocumentModel], { description: "The latest delivery's evidence documents (a redelivery replaces them)." })
  documents(@Parent() milestone: MilestoneModel): Promise<DocumentModel[]> {
    return ownedDocumentModels(this.attachments, 'MILESTONE', milestone.id);
  }
}
