import { type StoredAnswer } from '@app/sovereignty';
import { CriterionAnswerModel } from '@app/sovereignty/api';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { DocumentAttachmentService } from '../document-attachment.service';
import { toDocumentModel } from './document.mapper';
import { DocumentModel } from './document.models';

/**
 * An attestation answer's evidence, as signed with that version (the ids kept in the answer). An
 * answer is only reached by readers with need-to-know of the attestation's answers, so the field
 * adds no rule of its own.
 */
@Resolver(() => CriterionAnswerModel)
export class CriterionAnswerDocumentsResolver {
  constructor(private readonly attachments: DocumentAttachmentService) {}

  @ResolveField(() => [DocumentModel], { description: 'Evidence for this criterion, part of this attestation version and its hash.' })
  async documents(@Parent() answer: StoredAnswer): Promise<DocumentModel[]> {
    const signed = answer.documents ?? [];
    if (!signed.length) return [];
    const documents = await this.attachments.documentsByIds(signed.map((d) => d.id));
    return signed.flatMap(({ id }) => {
      const document = documents.find((d) => d.id === id);
      return document ? [toDocumentModel(document, null)] : [];
    });
  }
}
