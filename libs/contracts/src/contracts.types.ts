/** Plain domain types of contracts, shared by entities, services, policy and GraphQL models. */
export const CONTRACT_STATUSES = ['PENDING_SIGNATURE', 'ACTIVE', 'COMPLETED', 'TERMINATED'] as const;
export type ContractStatusName = (typeof CONTRACT_STATUSES)[number];

export const MILESTONE_STATUSES = ['SCHEDULED', 'DELIVERED', 'ACCEPTED', 'REJECTED', 'PAID'] as const;
export type MilestoneStatusName = (typeof MILESTONE_STATUSES)[number];

/** States a contract may still be terminated from: nothing to end once it is COMPLETED or TERMINATED. */
export const TERMINABLE_STATUSES: readonly ContractStatusName[] = ['PENDING_SIGNATURE', 'ACTIVE'];

/** Milestone states that count as done for completion: "all accepted" includes those already paid. */
export const DONE_MILESTONE_STATUSES: readonly MilestoneStatusName[] = ['ACCEPTED', 'PAID'];
