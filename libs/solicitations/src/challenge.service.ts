import {
  Actor,
  APP_CONFIG,
  AppConfig,
  AppError,
  badInput,
  forbidden,
  invalidState,
  isUuid,
  throwIfProblems,
  TransactionRunner,
  Tx,
} from '@app/core';
import { IdentityService } from '@app/identity';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { randomUUID } from 'crypto';

import { lockManagedChallenge } from './challenge-access';
import { CHALLENGE_BIDS, type ChallengeBids } from './challenge-bids';
import { ChallengeLifecycleService } from './challenge-lifecycle.service';
import { AmendChallengeInput, CreateChallengeInput, EvaluationCriterionInput, UpdateChallengeInput } from './dto/challenge.inputs';
import { ChallengeTerms, challengeTermsProblems, DEFAULTS, normaliseTags } from './engine/challenge-rules';
import { canTransition } from './engine/challenge-transitions';
import { ChallengeEntity } from './entities/challenge.entity';
import { AmendmentChanges, ChallengeAmendmentEntity } from './entities/challenge-amendment.entity';
import { ChallengeEvaluatorEntity } from './entities/challenge-evaluator.entity';
import { EvaluationCriterionEntity } from './entities/evaluation-criterion.entity';
import { SolicitationsPolicy } from './solicitations.policy';
import { CANCELLABLE_STATUSES, type ChallengeStatusName } from './solicitations.types';

/** The scoring deadline alone may move from publication until the award decision. */
const SCORING_DEADLINE_AMENDABLE: ChallengeStatusName[] = ['PUBLISHED', 'CLOSED', 'EVALUATING'];

/** The officer's side of a challenge's life: draft, publish, amend, cancel, invite evaluators. */
@Injectable()
export class ChallengeService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly identity: IdentityService,
    private readonly lifecycle: ChallengeLifecycleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(CHALLENGE_BIDS) private readonly bids?: ChallengeBids,
  ) {}

  async create(actor: Actor, input: CreateChallengeInput): Promise<ChallengeEntity> {
    if (!SolicitationsPolicy.canCreateChallenge(actor)) throw forbidden('Only officers of a buying organisation create challenges');
    const terms: ChallengeTerms = {
      ...input,
      questionsDeadline: input.questionsDeadline ?? null,
      evaluatorsPerSubmission: input.evaluatorsPerSubmission ?? DEFAULTS.evaluatorsPerSubmission,
      standstillDays: input.standstillDays ?? DEFAULTS.standstillDays,
      scoringDeadline: input.scoringDeadline ?? null,
    };
    this.assertTerms(terms);
    return this.transactions.run(actor, async (tx) => {
      this.assertWithinHorizon(tx, terms.submissionDeadline, terms.questionsDeadline);
      const id = randomUUID();
      const challenge = tx.manager.create(ChallengeEntity, {
        id,
        ocid: `${this.config.ocidPrefix}-${id}`,
        buyerOrganisationId: actor.organisationId,
        createdByUserId: actor.userId,
        status: 'DRAFT',
        title: input.title.trim(),
        problemStatement: input.problemStatement,
        tags: normaliseTags(input.tags),
        classification: input.classification,
        requiredTier: input.requiredTier,
        trustedJurisdiction: input.trustedJurisdiction,
        smeOnly: input.smeOnly,
        budgetMinor: input.budget.amountMinor,
        maxContractValueMinor: input.maxContractValue.amountMinor,
        currency: input.budget.currency,
        maxAwards: input.maxAwards,
        evaluatorsPerSubmission: terms.evaluatorsPerSubmission,
        blindEvaluation: input.blindEvaluation ?? DEFAULTS.blindEvaluation,
        standstillDays: terms.standstillDays,
        questionsDeadline: terms.questionsDeadline,
        submissionDeadline: input.submissionDeadline,
        scoringDeadline: input.scoringDeadline ?? null,
        noAwardReason: null,
        createdAt: tx.now,
        updatedAt: tx.now,
      });
      await tx.manager.insert(ChallengeEntity, challenge);
      await this.replaceCriteria(tx, id, input.criteria);
      tx.audit({
        action: 'challenge.created',
        entityType: 'Challenge',
        entityId: id,
        data: { ...this.describe(challenge), criteria: input.criteria },
      });
      return challenge;
    });
  }

  async update(actor: Actor, id: string, input: UpdateChallengeInput): Promise<ChallengeEntity> {
    return this.transactions.run(actor, async (tx) => {
      const challenge = await lockManagedChallenge(tx.manager, actor, id);
      if (challenge.status !== 'DRAFT')
        throw invalidState(`Only a DRAFT can be updated (this one is ${challenge.status}); amend a published challenge instead`);
      const criteria =
        input.criteria ?? (await tx.manager.find(EvaluationCriterionEntity, { where: { challengeId: id }, order: { position: 'ASC' } }));
      const budget = input.budget ?? { amountMinor: challenge.budgetMinor, currency: challenge.currency };
      const maxContractValue = input.maxContractValue ?? { amountMinor: challenge.maxContractValueMinor, currency: challenge.currency };
      const questionsDeadline = input.questionsDeadline === undefined ? challenge.questionsDeadline : input.questionsDeadline;
      this.assertTerms({
        ...challenge,
        title: input.title ?? challenge.title,
        budget,
        maxContractValue,
        questionsDeadline,
        criteria,
        maxAwards: input.maxAwards ?? challenge.maxAwards,
        submissionDeadline: input.submissionDeadline ?? challenge.submissionDeadline,
      });
      this.assertWithinHorizon(tx, input.submissionDeadline ?? challenge.submissionDeadline, questionsDeadline);
      const before = this.describe(challenge);
      Object.assign(challenge, {
        title: input.title?.trim() ?? challenge.title,
        problemStatement: input.problemStatement ?? challenge.problemStatement,
        tags: input.tags ? normaliseTags(input.tags) : challenge.tags,
        budgetMinor: budget.amountMinor,
        maxContractValueMinor: maxContractValue.amountMinor,
        currency: budget.currency,
        maxAwards: input.maxAwards ?? challenge.maxAwards,
        submissionDeadline: input.submissionDeadline ?? challenge.submissionDeadline,
        questionsDeadline,
        updatedAt: tx.now,
      });
      await tx.manager.save(challenge);
      if (input.criteria) await this.replaceCriteria(tx, id, input.criteria);
      tx.audit({
        action: 'challenge.updated',
        entityType: 'Challenge',
        entityId: id,
        data: { changes: diff(before, { ...this.describe(challenge) }), ...(input.criteria ? { criteria: input.criteria } : {}) },
      });
      return challenge;
    });
  }

  async publish(actor: Actor, id: string): Promise<ChallengeEntity> {
    return this.transactions.run(actor, async (tx) => {
      const challenge = await lockManagedChallenge(tx.manager, actor, id);
      if (!canTransition(challenge.status, 'publish'))
        throw invalidState(`Only a DRAFT can be published (this one is ${challenge.status})`);
      const criteria = await tx.manager.find(EvaluationCriterionEntity, { where: { challengeId: id } });
      // Terms are checked again: the accreditation setting may have changed since the draft was saved.
      const problems = challengeTermsProblems(this.terms(challenge, criteria), this.config.maxClassification);
      problems.push(...this.windowProblems(tx, challenge.submissionDeadline, challenge.questionsDeadline));
      throwIfProblems(problems);
      challenge.publishedAt = tx.now;
      await this.lifecycle.move(tx, challenge, 'publish', {
        submissionDeadline: challenge.submissionDeadline,
        questionsDeadline: challenge.questionsDeadline,
      });
      tx.emit('challenge.close', { challengeId: id }, challenge.submissionDeadline);
      return challenge;
    });
  }

  /**
   * Amendments, recorded with a reason (docs/product.md, "Amendments"). The problem statement,
   * deadlines and criteria change only while submissions are open; criteria and weights only while
   * no bid exists; a changed problem statement or criteria asks every bidder to confirm
   * (NEEDS_CONFIRMATION). The scoring deadline alone may also move after close, until the award.
   */
  async amend(actor: Actor, id: string, input: AmendChallengeInput, rawReason: string): Promise<ChallengeEntity> {
    const reason = rawReason.trim();
    return this.transactions.run(actor, async (tx) => {
      const challenge = await lockManagedChallenge(tx.manager, actor, id);
      const onlyScoringDeadline =
        input.scoringDeadline !== undefined &&
        input.problemStatement === undefined &&
        input.submissionDeadline === undefined &&
        input.questionsDeadline === undefined &&
        input.criteria === undefined;
      const amendable = onlyScoringDeadline ? SCORING_DEADLINE_AMENDABLE : ['PUBLISHED'];
      if (!amendable.includes(challenge.status))
        throw invalidState(`A ${challenge.status} challenge cannot be amended${onlyScoringDeadline ? '' : ' (only a PUBLISHED one)'}`);
      // Past its deadline a challenge is closed in substance even before the closer has run: an
      // amendment must not reopen the window. The database clock after the lock is held, as for bids.
      if (!onlyScoringDeadline && challenge.submissionDeadline.getTime() <= (await tx.clockNow()).getTime()) {
        throw new AppError(
          'DEADLINE_PASSED',
          `Submissions closed at ${challenge.submissionDeadline.toISOString()}; the challenge can no longer be amended`,
        );
      }
      const changes: AmendmentChanges = {};
      const problems: string[] = reason ? [] : ['reason is required'];
      if (input.problemStatement !== undefined && input.problemStatement !== challenge.problemStatement) {
        changes.problemStatement = { old: challenge.problemStatement, new: input.problemStatement };
      }
      const submissionDeadline = input.submissionDeadline ?? challenge.submissionDeadline;
      if (input.submissionDeadline && input.submissionDeadline.getTime() !== challenge.submissionDeadline.getTime()) {
        if (input.submissionDeadline < challenge.submissionDeadline) problems.push('submissionDeadline may only move later');
        changes.submissionDeadline = { old: challenge.submissionDeadline, new: input.submissionDeadline };
      }
      const questionsDeadline = input.questionsDeadline ?? challenge.questionsDeadline;
      if (input.questionsDeadline && input.questionsDeadline.getTime() !== challenge.questionsDeadline?.getTime()) {
        // No questions deadline means questions run until the submission deadline.
        const previous = challenge.questionsDeadline ?? challenge.submissionDeadline;
        if (input.questionsDeadline < previous) problems.push('questionsDeadline may only move later');
        changes.questionsDeadline = { old: challenge.questionsDeadline, new: input.questionsDeadline };
      }
      if (questionsDeadline && questionsDeadline >= submissionDeadline)
        problems.push('questionsDeadline must be before submissionDeadline');
      const scoringDeadline = input.scoringDeadline ?? challenge.scoringDeadline;
      if (input.scoringDeadline && input.scoringDeadline.getTime() !== challenge.scoringDeadline?.getTime()) {
        changes.scoringDeadline = { old: challenge.scoringDeadline, new: input.scoringDeadline };
        if (input.scoringDeadline <= tx.now) problems.push('scoringDeadline must be in the future');
      }
      if (scoringDeadline && scoringDeadline <= submissionDeadline) problems.push('scoringDeadline must be after submissionDeadline');
      if (input.criteria) {
        const current = await tx.manager.find(EvaluationCriterionEntity, { where: { challengeId: id }, order: { position: 'ASC' } });
        const describeCriteria = (list: readonly EvaluationCriterionInput[]) =>
          list.map((c) => ({ name: c.name.trim(), description: c.description, weight: c.weight }));
        if (JSON.stringify(describeCriteria(current)) !== JSON.stringify(describeCriteria(input.criteria))) {
          changes.criteria = { old: describeCriteria(current), new: describeCriteria(input.criteria) };
          problems.push(...challengeTermsProblems(this.terms(challenge, input.criteria), this.config.maxClassification));
          if (await this.liveBids(tx, id)) throw invalidState('Criteria and weights may be amended only while no submission exists');
        }
      }
      if (changes.submissionDeadline) problems.push(...this.windowProblems(tx, submissionDeadline, null));
      if (!Object.keys(changes).length) problems.push('the amendment changes nothing');
      throwIfProblems(problems);

      Object.assign(challenge, {
        problemStatement: input.problemStatement ?? challenge.problemStatement,
        submissionDeadline,
        questionsDeadline,
        scoringDeadline,
        updatedAt: tx.now,
      });
      await tx.manager.save(challenge);
      if (changes.criteria) await this.replaceCriteria(tx, id, input.criteria!);
      await tx.manager.save(
        tx.manager.create(ChallengeAmendmentEntity, { challengeId: id, at: tx.now, amendedByUserId: actor.userId, reason, changes }),
      );
      tx.audit({ action: 'challenge.amended', entityType: 'Challenge', entityId: id, data: { reason, changes } });
      // The job at the old deadline becomes a no-op: the closer re-reads the deadline.
      if (changes.submissionDeadline) tx.emit('challenge.close', { challengeId: id }, submissionDeadline);
      // What a bid answers has changed: every bidder confirms (or revises) before the deadline.
      const substantive = Object.keys(changes).filter((f) => f === 'problemStatement' || f === 'criteria');
      if (substantive.length) await this.bids?.requireConfirmation(tx, id, { reason, fields: substantive });
      return challenge;
    });
  }

  private async liveBids(tx: Tx, challengeId: string): Promise<number> {
    if (!this.bids) throw invalidState('Criteria cannot be amended here: bids are not known to this process');
    return this.bids.countLive(tx, challengeId);
  }

  async cancel(actor: Actor, id: string, rawReason: string): Promise<ChallengeEntity> {
    const reason = rawReason.trim();
    if (!reason) throw badInput('reason is required to cancel a challenge');
    return this.transactions.run(actor, async (tx) => {
      const challenge = await lockManagedChallenge(tx.manager, actor, id);
      if (!canTransition(challenge.status, 'cancel')) throw invalidState(`A ${challenge.status} challenge cannot be cancelled`);
      Object.assign(challenge, { cancelledAt: tx.now, cancelReason: reason });
      return this.lifecycle.move(tx, challenge, 'cancel', { reason });
    });
  }

  async inviteEvaluators(actor: Actor, id: string, userIds: string[]): Promise<ChallengeEntity> {
    const unique = [...new Set(userIds)];
    if (!unique.length) throw badInput('userIds must name at least one evaluator');
    const malformed = unique.filter((userId) => !isUuid(userId)).map((userId) => `user id ${JSON.stringify(userId)} is not an id`);
    if (malformed.length) throw badInput(malformed.join('; '), malformed);
    const users = await this.identity.findUsers(unique);
    return this.transactions.run(actor, async (tx) => {
      const challenge = await lockManagedChallenge(tx.manager, actor, id);
      if (!CANCELLABLE_STATUSES.includes(challenge.status))
        throw invalidState(`Evaluators cannot be invited to a ${challenge.status} challenge`);
      const verdicts = unique.map((userId) => ({
        userId,
        problem: SolicitationsPolicy.evaluatorProblem(
          challenge,
          users.find((u) => u.id === userId),
        ),
      }));
      const unknown = verdicts.filter((v) => v.problem === 'hidden').map((v) => `user ${v.userId} not found`);
      if (unknown.length) throw new AppError('NOT_FOUND', unknown.join('; '), { problems: unknown });
      const problems = verdicts.flatMap((v) => (v.problem ? [v.problem] : []));
      throwIfProblems(problems);
      const result = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(ChallengeEvaluatorEntity)
        .values(unique.map((userId) => ({ challengeId: id, userId, invitedByUserId: actor.userId, invitedAt: tx.now })))
        .orIgnore()
        .returning(['userId'])
        .execute();
      const added = (result.raw as { user_id: string }[]).map((r) => r.user_id);
      if (added.length)
        tx.audit({ action: 'challenge.evaluators-invited', entityType: 'Challenge', entityId: id, data: { userIds: added } });
      // Evaluation already running: the new evaluators may fill a shortfall (evaluation workflow, step 2).
      if (added.length && challenge.status === 'EVALUATING') tx.emit('evaluation.assign', { challengeId: id });
      return challenge;
    });
  }

  private assertTerms(terms: ChallengeTerms) {
    const problems = challengeTermsProblems(terms, this.config.maxClassification);
    throwIfProblems(problems);
  }

  /** The submission window is measured from the database clock, never the request's. */
  private windowProblems(tx: Tx, submissionDeadline: Date, questionsDeadline: Date | null): string[] {
    const problems: string[] = [];
    const earliest = new Date(tx.now.getTime() + this.config.minSubmissionWindowSeconds * 1000);
    if (submissionDeadline < earliest) {
      problems.push(
        `submissionDeadline must be at least ${this.config.minSubmissionWindowSeconds} s from now (${earliest.toISOString()} or later)`,
      );
    }
    if (questionsDeadline && questionsDeadline <= tx.now) problems.push('questionsDeadline has already passed');
    return [...problems, ...this.horizonProblems(tx, submissionDeadline, questionsDeadline)];
  }

  /**
   * Deadlines lie at most MAX_DEADLINE_HORIZON_DAYS ahead (database clock): a fast-track sprint
   * measured in weeks, not a typo that keeps a challenge open until the year 9999.
   */
  private horizonProblems(tx: Tx, submissionDeadline: Date, questionsDeadline: Date | null): string[] {
    const latest = new Date(tx.now.getTime() + this.config.maxDeadlineHorizonDays * 86_400_000);
    return (
      [
        ['submissionDeadline', submissionDeadline],
        ['questionsDeadline', questionsDeadline],
      ] as const
    ).flatMap(([field, deadline]) =>
      deadline && deadline > latest
        ? [`${field} must be within ${this.config.maxDeadlineHorizonDays} days from now (${latest.toISOString()} or earlier)`]
        : [],
    );
  }

  private assertWithinHorizon(tx: Tx, submissionDeadline: Date, questionsDeadline: Date | null) {
    const problems = this.horizonProblems(tx, submissionDeadline, questionsDeadline);
    if (problems.length) throw badInput(problems.join('; '), problems);
  }

  private terms(c: ChallengeEntity, criteria: readonly { name: string; weight: number }[]): ChallengeTerms {
    return {
      ...c,
      budget: { amountMinor: c.budgetMinor, currency: c.currency },
      maxContractValue: { amountMinor: c.maxContractValueMinor, currency: c.currency },
      criteria,
    };
  }

  private async replaceCriteria(tx: Tx, challengeId: string, criteria: EvaluationCriterionInput[]) {
    await tx.manager.delete(EvaluationCriterionEntity, { challengeId });
    await tx.manager.insert(
      EvaluationCriterionEntity,
      criteria.map((c, position) => ({ challengeId, position, name: c.name.trim(), description: c.description, weight: c.weight })),
    );
  }

  private describe(c: ChallengeEntity): Omit<ChallengeEntity, 'searchVector' | 'createdAt' | 'updatedAt'> {
    const { searchVector: _omit, createdAt: _c, updatedAt: _u, ...rest } = c;
    return rest;
  }
}

/** The fields whose value differs, old and new: what an audit reader wants to see. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>): AmendmentChanges {
  const changes: AmendmentChanges = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { old: before[key], new: after[key] };
  }
  return changes;
}
