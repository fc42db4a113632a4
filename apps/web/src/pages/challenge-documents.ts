import { graphql } from '../gql';

export const ChallengeListDocument = graphql(`
  query ChallengeList($filter: ChallengeFilter, $first: Int) {
    challenges(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          status
          tags
          classification
          requiredTier
          trustedJurisdiction
          smeOnly
          submissionDeadline
          budget {
            amountMinor
            currency
          }
        }
      }
    }
  }
`);

export const EligibilityDocument = graphql(`
  query Eligibility($challengeId: ID!) {
    eligibility(challengeId: $challengeId) {
      eligible
      reasons
      tier
    }
  }
`);

export const ChallengeDetailDocument = graphql(`
  query ChallengeDetail($id: ID!) {
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
      maxAwards
      publishedAt
      questionsDeadline
      submissionDeadline
      buyer {
        name
      }
      budget {
        amountMinor
        currency
      }
      maxContractValue {
        amountMinor
        currency
      }
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
      documents {
        ...DocumentFields
      }
      questions {
        id
        text
        askedAt
        answer
        answeredAt
        documents {
          ...DocumentFields
        }
      }
    }
  }
`);

export const AskQuestionDocument = graphql(`
  mutation AskQuestion($challengeId: ID!, $text: String!) {
    askQuestion(challengeId: $challengeId, text: $text) {
      id
    }
  }
`);

/** Classifications whose challenges are open data (docs/product.md: OCDS for public challenges only). */
export const PUBLIC_CLASSIFICATIONS: readonly string[] = ['PUBLIC', 'NATO_UNCLASSIFIED'];
