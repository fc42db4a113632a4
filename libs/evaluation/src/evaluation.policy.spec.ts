import type { Actor } from '@app/core';

import { EvaluationPolicy } from './evaluation.policy';

const actor = (roles: Actor['roles'], organisationId = 'buyer', userId = 'u1'): Actor => ({
  userId,
  organisationId,
  organisationKind: roles.includes('VENDOR') ? 'VENDOR' : 'BUYER',
  roles,
});
const challenge = (status: 'PUBLISHED' | 'EVALUATING' | 'AWARD_PENDING' | 'AWARDED' | 'NO_AWARD', closedAt: Date | null = new Date()) => ({
  buyerOrganisationId: 'buyer',
  status,
  closedAt,
});
const bid = { vendorOrganisationId: 'vendor' };

describe('EvaluationPolicy', () => {
  const officer = actor(['OFFICER']);
  const foreignOfficer = actor(['OFFICER'], 'other-buyer');
  const vendor = actor(['VENDOR'], 'vendor');
  const evaluator = actor(['EVALUATOR'], 'buyer', 'e1');

  it("shows results to the buyer's officers after close, to the vendor only after the decision, never to evaluators", () => {
    expect(EvaluationPolicy.canSeeResult(officer, bid, challenge('EVALUATING'))).toBe(true);
    expect(EvaluationPolicy.canSeeResult(officer, bid, challenge('PUBLISHED', null))).toBe(false);
    expect(EvaluationPolicy.canSeeResult(foreignOfficer, bid, challenge('EVALUATING'))).toBe(false);
    expect(EvaluationPolicy.canSeeResult(vendor, bid, challenge('EVALUATING'))).toBe(false);
    expect(EvaluationPolicy.canSeeResult(vendor, bid, challenge('AWARD_PENDING'))).toBe(true);
    expect(EvaluationPolicy.canSeeResult(evaluator, bid, challenge('AWARDED'))).toBe(false);
  });

  it("debriefs only the vendor's own users, and only once the award is decided", () => {
    expect(EvaluationPolicy.canSeeDebrief(vendor, bid, challenge('AWARDED'))).toBe(true);
    expect(EvaluationPolicy.canSeeDebrief(vendor, bid, challenge('NO_AWARD'))).toBe(true); // a no-award decision debriefs too
    expect(EvaluationPolicy.canSeeDebrief(vendor, { vendorOrganisationId: 'someone-else' }, challenge('AWARDED'))).toBe(false);
    expect(EvaluationPolicy.canSeeDebrief(officer, bid, challenge('AWARDED'))).toBe(false);
    expect(EvaluationPolicy.canSeeDebrief(vendor, bid, challenge('EVALUATING'))).toBe(false);
  });

  it("opens a submission to its evaluator only from acceptance on, and lets no one act on another's assignment", () => {
    expect(['PENDING', 'ACCEPTED', 'CONFLICT_DECLARED', 'SCORED'].map((s) => EvaluationPolicy.readsContent(s as never))).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect(EvaluationPolicy.ownsAssignment(evaluator, { evaluatorUserId: 'e1' })).toBe(true);
    expect(EvaluationPolicy.ownsAssignment(evaluator, { evaluatorUserId: 'e2' })).toBe(false);
    expect(EvaluationPolicy.ownsAssignment(actor(['OFFICER'], 'buyer', 'e1'), { evaluatorUserId: 'e1' })).toBe(false);
  });
});
