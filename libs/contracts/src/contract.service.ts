import {
  Actor,
  APP_CONFIG,
  AppConfig,
  AppError,
  badInput,
  forbidden,
  invalidState,
  microContractLimitFor,
  throwIfProblems,
  TransactionRunner,
} from '@app/core';
import { ChallengeQueryService } from '@app/solicitations';
import { AwardedSubmissionsService, milestonePlanProblems, WinnerEligibilityService } from '@app/submissions';
import { Inject, Injectable } from '@nestjs/common';

import { lockVisibleContract } from './contract-access';
import { ContractWriter } from './contract-writer';
import { ContractsPolicy } from './contracts.policy';
import { TERMINABLE_STATUSES } from './contracts.types';
import { FollowOnInput } from './dto/contract.inputs';
import { MicroContractEntity } from './entities/micro-contract.entity';
import { standstillEnd } from './standstill';

/** Contract-level transitions: signature, follow-on and termination (milestones: MilestoneService). */
@Injectable()
export class ContractService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly challenges: ChallengeQueryService,
    private readonly writer: ContractWriter,
    private readonly awarded: AwardedSubmissionsService,
    private readonly winnerEligibility: WinnerEligibilityService,
  ) {}

  /**
   * PENDING_SIGNATURE → ACTIVE by the vendor. A phase-1 contract cannot be signed before the
   * standstill after the award has passed (losing bidders may still object); follow-ons had no
   * competition, so no standstill.
   */
  sign(actor: Actor, id: string): Promise<MicroContractEntity> {
    return this.transactions.run(actor, async (tx) => {
      const contract = await lockVisibleContract(tx.manager, actor, id);
      if (!ContractsPolicy.isOwnVendor(actor, contract)) throw forbidden("Only the vendor's users sign its contracts");
      if (contract.status !== 'PENDING_SIGNATURE')
        throw invalidState(`The contract is ${contract.status}; only one PENDING_SIGNATURE can be signed`);
      if (contract.phase === 1) {
        const endsAt = await this.standstillEnd(contract);
        if (tx.now < endsAt) {
          throw new AppError('STANDSTILL', `The standstill period after the award runs until ${endsAt.toISOString()}; sign after that`, {
            standstillEndsAt: endsAt.toISOString(),
          });
        }
      }
      Object.assign(contract, { status: 'ACTIVE', signedAt: tx.now, updatedAt: tx.now });
      await tx.manager.save(contract);
      // Milestone due dates count from signature, not award: the standstill must not eat the schedule.
      await this.writer.startSchedule(tx, contract.id, tx.now);
      tx.audit({
        action: 'contract.signed',
        entityType: 'MicroContract',
        entityId: contract.id,
        data: { challengeId: contract.challengeId, phase: contract.phase },
      });
      return contract;
    });
  }

  /**
   * A new phase earned by a COMPLETED one: same vendor and challenge, within the micro-contract
   * limit, and the vendor screened again as at award (NOT_ELIGIBLE with reasons when it fails).
   */
  issueFollowOn(actor: Actor, parentId: string, input: FollowOnInput): Promise<MicroContractEntity> {
    return this.transactions.run(actor, async (tx) => {
      const parent = await lockVisibleContract(tx.manager, actor, parentId);
      if (!ContractsPolicy.isBuyerOfficer(actor, parent)) throw forbidden("Only the buyer's officers issue follow-on contracts");
      if (parent.status !== 'COMPLETED') throw invalidState(`The contract is ${parent.status}; a follow-on needs a COMPLETED one`);
      const plan = input.milestones.map((m) => ({ title: m.title.trim(), dueInDays: m.dueInDays, sharePercent: m.sharePercent }));
      const problems = this.followOnProblems(parent, input, plan);
      throwIfProblems(problems, problems[0]);
      // The vendor must still qualify as it would at award: the same screening of its winning bid, now.
      const [challenge] = await this.challenges.findByIds([parent.challengeId]);
      const bid = (await this.awarded.awardedOf(tx.manager, parent.challengeId)).filter(
        (s) => s.vendorOrganisationId === parent.vendorOrganisationId,
      );
      if (challenge) await this.winnerEligibility.assertEligible(challenge, bid, tx.now);
      return this.writer.issue(tx, {
        challengeId: parent.challengeId,
        buyerOrganisationId: parent.buyerOrganisationId,
        vendorOrganisationId: parent.vendorOrganisationId,
        submissionId: null,
        phase: parent.phase + 1,
        parentId: parent.id,
        title: input.title.trim(),
        valueMinor: input.value.amountMinor,
        currency: input.value.currency,
        justification: input.justification.trim(),
        plan,
        dueFrom: tx.now,
      });
    });
  }

  /** PENDING_SIGNATURE or ACTIVE → TERMINATED by the buyer's officer, with a reason on the record. */
  terminate(actor: Actor, id: string, rawReason: string): Promise<MicroContractEntity> {
    return this.transactions.run(actor, async (tx) => {
      const contract = await lockVisibleContract(tx.manager, actor, id);
      if (!ContractsPolicy.isBuyerOfficer(actor, contract)) throw forbidden("Only the buyer's officers terminate contracts");
      const reason = rawReason.trim();
      if (!reason) throw badInput('A termination needs a reason');
      if (!TERMINABLE_STATUSES.includes(contract.status))
        throw invalidState(`The contract is ${contract.status}; only PENDING_SIGNATURE or ACTIVE can be terminated`);
      const from = contract.status;
      Object.assign(contract, { status: 'TERMINATED', terminatedAt: tx.now, terminationReason: reason, updatedAt: tx.now });
      await tx.manager.save(contract);
      tx.audit({
        action: 'contract.terminated',
        entityType: 'MicroContract',
        entityId: contract.id,
        data: { challengeId: contract.challengeId, from, reason },
      });
      return contract;
    });
  }

  private async standstillEnd(contract: MicroContractEntity): Promise<Date> {
    const [challenge] = await this.challenges.findByIds([contract.challengeId]);
    // awardedAt is set by the award that issued the contract; the issue instant is the fallback.
    return standstillEnd(challenge?.awardedAt ?? contract.issuedAt, challenge?.standstillDays ?? 0);
  }

  private followOnProblems(
    parent: MicroContractEntity,
    input: FollowOnInput,
    plan: { title: string; dueInDays: number; sharePercent: number }[],
  ): string[] {
    const problems: string[] = [];
    const limit = microContractLimitFor(this.config, input.value.currency);
    if (!input.title.trim()) problems.push('title must not be blank');
    if (!input.justification.trim()) problems.push('justification must not be blank: a follow-on is earned and the record says how');
    if (input.value.amountMinor < 1) problems.push('value must be positive');
    if (input.value.amountMinor > limit)
      problems.push(
        `value ${input.value.amountMinor} ${input.value.currency} exceeds the micro-contract limit of ${limit} ${input.value.currency}`,
      );
    if (input.value.currency !== parent.currency)
      problems.push(`value is in ${input.value.currency}; the contract is in ${parent.currency}`);
    problems.push(...milestonePlanProblems(Math.max(0, input.value.amountMinor), plan).map((p) => `milestones: ${p}`));
    return problems;
  }
}
