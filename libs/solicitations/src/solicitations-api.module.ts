import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';

import { ChallengeResolver } from './challenge.resolver';
import { ChallengeFieldsResolver } from './challenge-fields.resolver';
import { QuestionResolver } from './question.resolver';
import { SolicitationsModule } from './solicitations.module';

@Module({
  imports: [SolicitationsModule, IdentityModule],
  providers: [ChallengeResolver, ChallengeFieldsResolver, QuestionResolver],
  exports: [SolicitationsModule],
})
export class SolicitationsApiModule {}
