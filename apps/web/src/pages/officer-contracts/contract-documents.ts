import { graphql } from '../../gql';

/** The buyer's contracts, newest first; each card then loads its own details (query-cost limit). */
export const BuyerContractsDocument = graphql(`
  query BuyerContracts {
    contracts {
      id
      phase
      title
      status
      issuedAt
      signedAt
      value {
        amountMinor
        currency
      }
      vendor {
        id
        name
      }
      challenge {
        id
        title
      }
    }
  }
`);

export const BuyerContractDetailDocument = graphql(`
  query BuyerContractDetail($id: ID!) {
    contract(id: $id) {
      id
      parent {
        id
        title
      }
      followOns {
        id
        title
        status
      }
      milestones {
        id
        title
        status
        dueDate
        evidence
        rejectionReason
        deliveredAt
        acceptedAt
        paidAt
        amount {
          amountMinor
          currency
        }
      }
      submission {
        id
        attestation {
          id
          version
          status
          signatoryName
          signedAt
          answers {
            code
            value
            evidence
            verified
          }
        }
      }
    }
  }
`);

export const AcceptMilestoneDocument = graphql(`
  mutation OfficerAcceptMilestone($id: ID!) {
    acceptMilestone(id: $id) {
      id
      status
    }
  }
`);

export const RejectMilestoneDocument = graphql(`
  mutation OfficerRejectMilestone($id: ID!, $reason: String!) {
    rejectMilestone(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const RecordPaymentDocument = graphql(`
  mutation OfficerRecordPayment($id: ID!) {
    recordMilestonePayment(id: $id) {
      id
      status
      paidAt
    }
  }
`);

export const TerminateContractDocument = graphql(`
  mutation OfficerTerminateContract($id: ID!, $reason: String!) {
    terminateContract(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const IssueFollowOnDocument = graphql(`
  mutation OfficerIssueFollowOn($parentId: ID!, $input: FollowOnInput!) {
    issueFollowOn(parentId: $parentId, input: $input) {
      id
      title
      status
    }
  }
`);

export const VerifyCriteriaDocument = graphql(`
  mutation OfficerVerifyCriteria($attestationId: ID!, $codes: [String!]!) {
    verifyAttestationCriteria(attestationId: $attestationId, codes: $codes) {
      id
      status
    }
  }
`);

export const ChallengeAttestationDocument = graphql(`
  mutation OfficerChallengeAttestation($attestationId: ID!, $reason: String!) {
    challengeAttestation(attestationId: $attestationId, reason: $reason) {
      id
      status
    }
  }
`);
