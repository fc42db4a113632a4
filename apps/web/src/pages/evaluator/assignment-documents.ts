import { graphql } from '../../gql';

/**
 * The inbox asks for no content field: before acceptance the API refuses content (the evaluator
 * first confirms no conflict of interest), and one pending assignment must not empty the list.
 * `vendor` is null on blind challenges: the page then says the evaluation is blind.
 */
export const EvaluatorAssignmentsDocument = graphql(`
  query EvaluatorAssignments {
    myAssignments {
      id
      status
      submission {
        id
        vendor {
          id
          name
        }
        challenge {
          id
          title
          blindEvaluation
          scoringDeadline
        }
      }
    }
  }
`);

/** The assignment's own scores (after the final submission) come with the list, content excluded. */
export const AssignmentScoresDocument = graphql(`
  query EvaluatorAssignmentScores {
    myAssignments {
      id
      status
      scores {
        criterion {
          id
        }
        score
        justification
      }
      submission {
        id
      }
    }
  }
`);

/** The bid itself, readable once the assignment is accepted. */
export const ScoredSubmissionDocument = graphql(`
  query ScoredSubmission($id: ID!) {
    submission(id: $id) {
      id
      summary
      technicalApproach
      durationDays
      price {
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
        blindEvaluation
        scoringDeadline
        criteria {
          id
          name
          description
          weight
        }
      }
    }
  }
`);

export const AcceptAssignmentDocument = graphql(`
  mutation EvaluatorAcceptAssignment($id: ID!) {
    acceptAssignment(id: $id) {
      id
      status
    }
  }
`);

export const DeclareConflictDocument = graphql(`
  mutation EvaluatorDeclareConflict($id: ID!, $reason: String!) {
    declareConflict(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const SubmitScoresDocument = graphql(`
  mutation EvaluatorSubmitScores($id: ID!, $scores: [ScoreInput!]!) {
    submitScores(assignmentId: $id, scores: $scores) {
      id
      status
    }
  }
`);
