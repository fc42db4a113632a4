import { graphql } from '../../gql';

/** The buyer's own challenges, every status (drafts included: the API shows them to their officers). */
export const OfficerChallengesDocument = graphql(`
  query OfficerChallenges($buyerId: ID!) {
    challenges(first: 100, filter: { buyerId: $buyerId }) {
      totalCount
      edges {
        node {
          id
          title
          status
          classification
          submissionDeadline
          publishedAt
        }
      }
    }
  }
`);

export const OfficerChallengeDocument = graphql(`
  query OfficerChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      status
      problemStatement
      tags
      classification
      requiredTier
      trustedJurisdiction
      smeOnly
      budget {
        amountMinor
        currency
      }
      maxContractValue {
        amountMinor
        currency
      }
      maxAwards
      evaluatorsPerSubmission
      blindEvaluation
      standstillDays
      submissionDeadline
      questionsDeadline
      scoringDeadline
      publishedAt
      closedAt
      awardedAt
      noAwardReason
      criteria {
        id
        name
        description
        weight
      }
      amendments {
        at
        reason
      }
      evaluators {
        id
        displayName
      }
      evaluatorCandidates {
        id
        displayName
      }
      documents {
        ...DocumentFields
      }
    }
  }
`);

export const CreateChallengeDocument = graphql(`
  mutation OfficerCreateChallenge($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      id
      status
    }
  }
`);

export const UpdateChallengeDocument = graphql(`
  mutation OfficerUpdateChallenge($id: ID!, $input: UpdateChallengeInput!) {
    updateChallenge(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const PublishChallengeDocument = graphql(`
  mutation OfficerPublishChallenge($id: ID!) {
    publishChallenge(id: $id) {
      id
      status
    }
  }
`);

export const AmendChallengeDocument = graphql(`
  mutation OfficerAmendChallenge($id: ID!, $input: AmendChallengeInput!, $reason: String!) {
    amendChallenge(id: $id, input: $input, reason: $reason) {
      id
      status
    }
  }
`);

export const CancelChallengeDocument = graphql(`
  mutation OfficerCancelChallenge($id: ID!, $reason: String!) {
    cancelChallenge(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const InviteEvaluatorsDocument = graphql(`
  mutation OfficerInviteEvaluators($id: ID!, $userIds: [ID!]!) {
    inviteEvaluators(challengeId: $id, userIds: $userIds) {
      id
    }
  }
`);
