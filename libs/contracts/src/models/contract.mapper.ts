import { money } from '@app/solicitations/api';

import { MicroContractEntity } from '../entities/micro-contract.entity';
import { MilestoneEntity } from '../entities/milestone.entity';
import { MicroContractModel, MilestoneModel } from './contract.models';

export const toContractModel = (c: MicroContractEntity): MicroContractModel => ({
  id: c.id,
  phase: c.phase,
  title: c.title,
  value: money(c.valueMinor, c.currency),
  status: c.status,
  issuedAt: c.issuedAt,
  signedAt: c.signedAt,
  challengeId: c.challengeId,
  buyerOrganisationId: c.buyerOrganisationId,
  vendorOrganisationId: c.vendorOrganisationId,
  submissionId: c.submissionId,
  parentId: c.parentId,
});

export const toMilestoneModel = (m: MilestoneEntity): MilestoneModel => ({
  id: m.id,
  title: m.title,
  dueDate: m.dueDate,
  amount: money(m.amountMinor, m.currency),
  status: m.status,
  evidence: m.evidence,
  rejectionReason: m.rejectionReason,
  deliveredAt: m.deliveredAt,
  acceptedAt: m.acceptedAt,
  paidAt: m.paidAt,
});
