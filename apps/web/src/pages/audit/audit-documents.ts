import { graphql } from '../../gql';

export const AuditTrailDocument = graphql(`
  query AuditTrail($entityType: String!, $entityId: String!) {
    auditTrail(entityType: $entityType, entityId: $entityId) {
      seq
      at
      action
      actorId
      entityType
      entityId
      data
      hash
      prevHash
    }
  }
`);

export const VerifyAuditChainDocument = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      valid
      checkedEvents
      firstBrokenSeq
    }
  }
`);

/** The kinds of object the trail records (libs/core/src/audit/audit-entity-types.ts, named in the schema). */
export const AUDIT_ENTITY_TYPES = [
  'Attestation',
  'Challenge',
  'Document',
  'EvaluationAssignment',
  'MicroContract',
  'Milestone',
  'Organisation',
  'Question',
  'Submission',
  'User',
] as const;
