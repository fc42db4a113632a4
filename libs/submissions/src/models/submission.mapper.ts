import { money } from '@app/solicitations/api';

import { SubmissionEntity } from '../entities/submission.entity';
import { SubmissionModel } from './submission.models';

export const toSubmissionModel = (s: SubmissionEntity): SubmissionModel => ({
  id: s.id,
  status: s.status,
  summary: s.summary,
  technicalApproach: s.technicalApproach,
  price: money(s.priceMinor, s.currency),
  durationDays: s.durationDays,
  submittedAt: s.submittedAt,
  attestationHash: s.attestationHash,
  challengeId: s.challengeId,
  vendorOrganisationId: s.vendorOrganisationId,
  attestationId: s.attestationId,
});
