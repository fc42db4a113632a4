import { graphql } from '../../gql';

export const BidContextDocument = graphql(`
  query BidContext($challengeId: ID!) {
    challenge(id: $challengeId) {
      id
      title
      status
      submissionDeadline
      budget {
        amountMinor
        currency
      }
      maxContractValue {
        amountMinor
        currency
      }
    }
    eligibility(challengeId: $challengeId) {
      eligible
      reasons
      tier
    }
    mySubmissions {
      id
      status
      summary
      technicalApproach
      durationDays
      price {
        amountMinor
        currency
      }
      challenge {
        id
      }
      documents {
        ...DocumentFields
      }
    }
  }
`);

export const SubmitProposalDocument = graphql(`
  mutation SubmitProposal($input: SubmitProposalInput!) {
    submitProposal(input: $input) {
      id
      status
      submittedAt
    }
  }
`);

export const WithdrawDocument = graphql(`
  mutation WithdrawSubmission($id: ID!) {
    withdrawSubmission(id: $id) {
      id
      status
    }
  }
`);
