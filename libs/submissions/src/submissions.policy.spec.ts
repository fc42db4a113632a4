import type { Actor } from '@app/core';

import { SubmissionsPolicy } from './submissions.policy';

const BUYER = 'b0000000-0000-4000-8000-000000000000';
const VENDOR = 'v0000000-0000-4000-8000-000000000000';
const actor = (roles: Actor['roles'], organisationId: string, kind: Actor['organisationKind'] = 'BUYER'): Actor => ({
  userId: 'u',
  organisationId,
  organisationKind: kind,
  roles,
});
const challenge = (status: 'PUBLISHED' | 'CLOSED' | 'CANCELLED', closedAt: Date | null) => ({
  buyerOrganisationId: BUYER,
  createdByUserId: 'c',
  status,
  publishedAt: new Date(),
  closedAt,
});
const submission = { vendorOrganisationId: VENDOR };

describe('SubmissionsPolicy (sealed bids)', () => {
  const open = challenge('PUBLISHED', null);
  const closed = challenge('CLOSED', new Date());

  it('shows a submission to its own vendor at any time', () => {
    expect(SubmissionsPolicy.canSee(actor(['VENDOR'], VENDOR, 'VENDOR'), submission, open)).toBe(true);
    expect(SubmissionsPolicy.canSee(actor(['VENDOR'], 'other', 'VENDOR'), submission, closed)).toBe(false);
  });

  it('hides it from the buyer, evaluators, auditors and admins before close', () => {
    for (const roles of [['OFFICER'], ['EVALUATOR'], ['AUDITOR'], ['ADMIN']] as const) {
      expect(SubmissionsPolicy.canSee(actor(roles, BUYER), submission, open)).toBe(false);
    }
  });

  it('opens it to the buying organisation officers only, once closed', () => {
    expect(SubmissionsPolicy.canSee(actor(['OFFICER'], BUYER), submission, closed)).toBe(true);
    expect(SubmissionsPolicy.canSee(actor(['OFFICER'], 'another-buyer'), submission, closed)).toBe(false);
    expect(SubmissionsPolicy.canSee(actor(['EVALUATOR'], BUYER), submission, closed)).toBe(false);
    expect(SubmissionsPolicy.canSee(null, submission, closed)).toBe(false);
  });

  it('keeps bids of a challenge cancelled before close sealed', () => {
    expect(SubmissionsPolicy.canSee(actor(['OFFICER'], BUYER), submission, challenge('CANCELLED', null))).toBe(false);
  });
});
