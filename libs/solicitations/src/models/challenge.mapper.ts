import { ChallengeEntity } from '../entities/challenge.entity';
import { ChallengeModel } from './challenge.models';
import { money } from './money.models';

/** Entity → GraphQL model: money becomes {amountMinor, currency}; internal columns stay behind. */
export function toChallengeModel(c: ChallengeEntity): ChallengeModel {
  return {
    id: c.id,
    ocid: c.ocid,
    title: c.title,
    problemStatement: c.problemStatement,
    tags: c.tags,
    classification: c.classification,
    requiredTier: c.requiredTier,
    trustedJurisdiction: c.trustedJurisdiction,
    smeOnly: c.smeOnly,
    budget: money(c.budgetMinor, c.currency),
    maxContractValue: money(c.maxContractValueMinor, c.currency),
    maxAwards: c.maxAwards,
    status: c.status,
    questionsDeadline: c.questionsDeadline,
    submissionDeadline: c.submissionDeadline,
    publishedAt: c.publishedAt,
    closedAt: c.closedAt,
    awardedAt: c.awardedAt,
    evaluatorsPerSubmission: c.evaluatorsPerSubmission,
    blindEvaluation: c.blindEvaluation,
    standstillDays: c.standstillDays,
    scoringDeadline: c.scoringDeadline,
    noAwardReason: c.noAwardReason,
    buyerOrganisationId: c.buyerOrganisationId,
    createdByUserId: c.createdByUserId,
    createdAt: c.createdAt,
  };
}
