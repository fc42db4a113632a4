/**
 * The kinds of object the audit trail records events for: `auditTrail(entityType, entityId)` takes
 * one of these (any letter case). The contract keeps `entityType: String!`, so the list is enforced
 * here and named in the argument's description; `audit-entity-types.spec.ts` fails when a service
 * writes an event for a type missing from it.
 */
export const AUDIT_ENTITY_TYPES = [
  'Attestation',
  'Challenge',
  'Document',
  'EvaluationAssignment',
  'MicroContract',
  'Milestone',
  'Organisation',
  'Question',
  'SavedSearch',
  'Submission',
  'User',
  'Webhook',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

const BY_LOWER_CASE = new Map<string, AuditEntityType>(AUDIT_ENTITY_TYPES.map((type) => [type.toLowerCase(), type]));

/** The canonical spelling of an entity type given in any letter case, or undefined when unknown. */
export function parseAuditEntityType(input: string): AuditEntityType | undefined {
  return BY_LOWER_CASE.get(input.trim().toLowerCase());
}
