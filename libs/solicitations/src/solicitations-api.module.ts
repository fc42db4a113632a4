import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { ChallengeFieldsResolver } from './challenge-fields.resolver';
import { ChallengeResolver } from './challenge.resolver';
import { QuestionResolver } from './question.resolver';
import { SolicitationsModule } from './solicitations.module';

@Module({
  imports: [SolicitationsModule, IdentityModule],
  providers: [ChallengeResolver, ChallengeFieldsResolver, QuestionResolver],
  exports: [SolicitationsModule],
})
export class SolicitationsApiModule {}
