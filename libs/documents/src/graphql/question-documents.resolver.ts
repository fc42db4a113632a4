import { QuestionModel } from '@app/solicitations/api';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { DocumentAttachmentService } from '../document-attachment.service';
import { DocumentModel } from './document.models';
import { ownedDocumentModels } from './owned-documents';

/**
 * Documents published with a question's answer. A Question is only reached through a challenge its
 * reader may see (need-to-know for RESTRICTED challenges), and documents come only with an answer.
 */
@Resolver(() => QuestionModel)
export class QuestionDocumentsResolver {
  constructor(private readonly attachments: DocumentAttachmentService) {}

  @ResolveField(() => [DocumentModel], { description: 'Published with the answer, to everyone who sees the question.' })
  documents(@Parent() question: QuestionModel): Promise<DocumentModel[]> {
    return ownedDocumentModels(this.attachments, 'QUESTION', question.id);
  }
}
