import { Actor, GqlContext, Roles } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { ChallengeQueryService } from '@app/solicitations';
import { ChallengeModel, toChallengeModel } from '@app/solicitations/api';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { DocumentAccessService } from '../access/document-access.service';
import { DocumentAttachmentService } from '../document-attachment.service';
import type { DocumentVisibilityName } from '../documents.types';
import { ChallengeDocumentsService } from './challenge-documents.service';
import { toDocumentModel } from './document.mapper';
import { DocumentModel, DocumentVisibilityEnum } from './document.models';

@Resolver(() => ChallengeModel)
export class ChallengeDocumentsResolver {
  constructor(
    private readonly service: ChallengeDocumentsService,
    private readonly attachments: DocumentAttachmentService,
    private readonly access: DocumentAccessService,
    private readonly challenges: ChallengeQueryService,
  ) {}

  @ResolveField(() => [DocumentModel], {
    description: 'Annexes this reader may see (RESTRICTED ones: eligible vendors, the buyer, its evaluators).',
  })
  async documents(@Parent() parent: ChallengeModel, @Context() ctx: GqlContext): Promise<DocumentModel[]> {
    const [challenge] = await this.challenges.findByIds([parent.id]);
    if (!challenge) return [];
    const links = await this.access.visibleChallengeLinks(ctx.actor, challenge, await this.attachments.liveOf('CHALLENGE', [challenge.id]));
    const documents = await this.attachments.documentsByIds(links.map((l) => l.documentId));
    return links.flatMap((link) => {
      const document = documents.find((d) => d.id === link.documentId);
      return document ? [toDocumentModel(document, link)] : [];
    });
  }

  @Roles('OFFICER')
  @Mutation(() => ChallengeModel, { description: 'Attach an uploaded document to a draft or published challenge (audited).' })
  async attachChallengeDocument(
    @CurrentActor() actor: Actor,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('visibility', { type: () => DocumentVisibilityEnum, defaultValue: 'PUBLIC' }) visibility: DocumentVisibilityName,
  ): Promise<ChallengeModel> {
    await this.service.attach(actor, challengeId, documentId, visibility);
    return this.challengeModel(actor, challengeId);
  }

  @Roles('OFFICER')
  @Mutation(() => ChallengeModel, { description: 'Detach a document from a challenge; the link stays in the record (audited).' })
  async detachChallengeDocument(
    @CurrentActor() actor: Actor,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<ChallengeModel> {
    await this.service.detach(actor, challengeId, documentId);
    return this.challengeModel(actor, challengeId);
  }

  private async challengeModel(actor: Actor, challengeId: string): Promise<ChallengeModel> {
    return toChallengeModel(await this.challenges.findVisible(actor, challengeId));
  }
}
