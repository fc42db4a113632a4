import { EVALUATOR_ACCESS } from '@app/submissions';
import { Global, Module } from '@nestjs/common';

import { EvaluationQueryService } from './evaluation-query.service';

/**
 * Answers the submissions domain's EVALUATOR_ACCESS port. Global because the submissions module
 * cannot import this one (evaluation depends on submissions, not the other way round).
 */
@Global()
@Module({
  providers: [EvaluationQueryService, { provide: EVALUATOR_ACCESS, useExisting: EvaluationQueryService }],
  exports: [EVALUATOR_ACCESS, EvaluationQueryService],
})
export class EvaluatorAccessModule {}
