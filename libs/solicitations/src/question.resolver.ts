import { Actor, Roles } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';

import { QuestionEntity } from './entities/question.entity';
import { QuestionModel } from './models/challenge.models';
import { QuestionService } from './question.service';

const toModel = (q: QuestionEntity): QuestionModel => ({
  id: q.id,
  text: q.text,
  answer: q.answer,
  askedAt: q.askedAt,
  answeredAt: q.answeredAt,
});

@Resolver(() => QuestionModel)
export class QuestionResolver {
  constructor(private readonly questions: QuestionService) {}

  @Roles('VENDOR')
  @Mutation(() => QuestionModel)
  async askQuestion(
    @CurrentActor() actor: Actor,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('text') text: string,
  ): Promise<QuestionModel> {
    return toModel(await this.questions.ask(actor, challengeId, text));
  }

  @Roles('OFFICER')
  @Mutation(() => QuestionModel)
  async answerQuestion(
    @CurrentActor() actor: Actor,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('answer') answer: string,
    @Args('documentIds', {
      type: () => [ID],
      nullable: true,
      description: 'Uploaded documents (POST /documents) published with the answer to everyone who sees the question.',
    })
    documentIds?: string[] | null,
  ): Promise<QuestionModel> {
    return toModel(await this.questions.answer(actor, questionId, answer, documentIds ?? []));
  }
}
