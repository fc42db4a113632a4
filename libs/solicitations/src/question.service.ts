import { Actor, AppError, badInput, forbidden, invalidState, isUuid, notFound, TransactionRunner } from '@app/core';
import { DocumentAttachmentService } from '@app/documents';
import { Injectable } from '@nestjs/common';

import { visibleChallenge } from './challenge-access';
import { ChallengeViewerService } from './challenge-viewer';
import { ChallengeEntity } from './entities/challenge.entity';
import { QuestionEntity } from './entities/question.entity';
import { SolicitationsPolicy } from './solicitations.policy';

const MAX_ANSWER_DOCUMENTS = 20;

/** Clarification questions: vendors ask while questions are open, the buyer's officers answer. */
@Injectable()
export class QuestionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly viewers: ChallengeViewerService,
    private readonly documents: DocumentAttachmentService,
  ) {}

  async ask(actor: Actor, challengeId: string, rawText: string): Promise<QuestionEntity> {
    const text = rawText.trim();
    if (!text) throw badInput('text is required');
    if (text.length > 5000) throw badInput('text must be at most 5000 characters');
    if (!SolicitationsPolicy.canAskQuestion(actor)) throw forbidden('Only vendors ask questions');
    const viewer = await this.viewers.of(actor);
    return this.transactions.run(actor, async (tx) => {
      // A shared lock: an amendment moving the deadline waits for the question, and vice versa.
      const fresh = await visibleChallenge(tx.manager, viewer, challengeId, 'pessimistic_read');
      const closesAt = fresh.questionsDeadline ?? fresh.submissionDeadline;
      // The clock after the lock is granted: the transaction may have waited behind bids.
      if (fresh.status !== 'PUBLISHED' || closesAt <= (await tx.clockNow())) {
        if (fresh.status === 'PUBLISHED' || fresh.closedAt)
          throw new AppError('DEADLINE_PASSED', `Questions closed at ${closesAt.toISOString()}`);
        throw invalidState(`Questions are not open on a ${fresh.status} challenge`);
      }
      const question = tx.manager.create(QuestionEntity, {
        challengeId: fresh.id,
        text,
        askedByUserId: actor.userId,
        askedByOrganisationId: actor.organisationId,
        askedAt: tx.now,
      });
      await tx.manager.save(question);
      tx.audit({ action: 'question.asked', entityType: 'Question', entityId: question.id, data: { challengeId: fresh.id, text } });
      return question;
    });
  }

  /** Documents (the officer's uploads) are published with the answer, to whoever sees the answered question. */
  async answer(actor: Actor, questionId: string, rawAnswer: string, documentIds: readonly string[] = []): Promise<QuestionEntity> {
    const answer = rawAnswer.trim();
    if (!answer) throw badInput('answer is required');
    if (documentIds.length > MAX_ANSWER_DOCUMENTS) throw badInput(`An answer takes at most ${MAX_ANSWER_DOCUMENTS} documents`);
    return this.transactions.run(actor, async (tx) => {
      const question = isUuid(questionId)
        ? await tx.manager.findOne(QuestionEntity, { where: { id: questionId }, lock: { mode: 'pessimistic_write' } })
        : null;
      const challenge = question ? await tx.manager.findOneBy(ChallengeEntity, { id: question.challengeId }) : null;
      if (!question || !challenge || !SolicitationsPolicy.canManage(actor, challenge)) throw notFound('Question');
      if (question.answer !== null) throw invalidState('This question has already been answered');
      if (documentIds.length) await this.documents.attach(tx, actor, { type: 'QUESTION', id: question.id }, documentIds);
      Object.assign(question, { answer, answeredByUserId: actor.userId, answeredAt: tx.now });
      await tx.manager.save(question);
      tx.audit({ action: 'question.answered', entityType: 'Question', entityId: question.id, data: { challengeId: challenge.id, answer } });
      return question;
    });
  }
}
