import { Actor, invalidState, notFound, TransactionRunner } from '@app/core';
import { ChallengeQueryService, SolicitationsPolicy } from '@app/solicitations';
import { Injectable } from '@nestjs/common';

import { DocumentAttachmentService } from '../document-attachment.service';
import type { DocumentVisibilityName } from '../documents.types';

/** Annexes of a challenge, managed by the buyer's officers while it is a draft or open for bids. */
@Injectable()
export class ChallengeDocumentsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly challenges: ChallengeQueryService,
    private readonly attachments: DocumentAttachmentService,
  ) {}

  attach(actor: Actor, challengeId: string, documentId: string, visibility: DocumentVisibilityName): Promise<void> {
    return this.transactions.run(actor, async (tx) => {
      const challenge = await this.managed(tx.manager, actor, challengeId);
      await this.attachments.attach(tx, actor, { type: 'CHALLENGE', id: challenge.id }, [documentId], { visibility });
    });
  }

  detach(actor: Actor, challengeId: string, documentId: string): Promise<void> {
    return this.transactions.run(actor, async (tx) => {
      const challenge = await this.managed(tx.manager, actor, challengeId);
      await this.attachments.detach(tx, actor, { type: 'CHALLENGE', id: challenge.id }, documentId);
    });
  }

  /** Locked FOR UPDATE so a close cannot slip in between the check and the write. */
  private async managed(manager: Parameters<ChallengeQueryService['lockVisible']>[0], actor: Actor, challengeId: string) {
    const challenge = await this.challenges.lockVisible(manager, actor, challengeId);
    if (!SolicitationsPolicy.canManage(actor, challenge)) throw notFound('Challenge');
    if (challenge.status !== 'DRAFT' && challenge.status !== 'PUBLISHED')
      throw invalidState(`Annexes of a ${challenge.status} challenge can no longer change`);
    return challenge;
  }
}
