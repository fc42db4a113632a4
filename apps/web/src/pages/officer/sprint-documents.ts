import { graphql } from '../../gql';

export const OfficerQuestionsDocument = graphql(`
  query OfficerQuestions($id: ID!) {
    challenge(id: $id) {
      id
      title
      status
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

export const AnswerQuestionDocument = graphql(`
  mutation OfficerAnswerQuestion($questionId: ID!, $answer: String!, $documentIds: [ID!]) {
    answerQuestion(questionId: $questionId, answer: $answer, documentIds: $documentIds) {
      id
      answer
    }
  }
`);

/** Everything the evaluation board shows; polled while the worker moves the sprint on. */
export const EvaluationBoardDocument = graphql(`
  query OfficerEvaluationBoard($id: ID!) {
    challenge(id: $id) {
      id
      title
      status
      publishedAt
      closedAt
      awardedAt
      submissionDeadline
      evaluatorsPerSubmission
      evaluators {
        id
        displayName
      }
      evaluationProgress {
        submissions
        screened
        eligible
        screenedOut
        assignments
        scoredAssignments
        awaitingModeration
        evaluated
        missingEvaluators
        overdueAssignments
        screenedAt
        assignedAt
        scoredAt
        rankedAt
        evaluators {
          evaluatorId
          pending
          accepted
          scored
          conflictDeclared
          withdrawn
          overdue
        }
      }
      submissions {
        id
        status
        submittedAt
        vendor {
          id
          name
        }
        screening {
          eligible
          reasons
          tier
        }
      }
    }
  }
`);

export const ModerationDocument = graphql(`
  query OfficerModeration($id: ID!) {
    challenge(id: $id) {
      id
      title
      status
      criteria {
        id
        name
        weight
      }
      submissions {
        id
        status
        vendor {
          id
          name
        }
        result {
          needsModeration
          totalScore
          criteria {
            criterion {
              id
              name
            }
            mean
            spread
            consensus
          }
        }
      }
    }
  }
`);

export const ModerateSubmissionDocument = graphql(`
  mutation OfficerModerateSubmission($submissionId: ID!, $scores: [ScoreInput!]!, $rationale: String!) {
    moderateSubmission(submissionId: $submissionId, scores: $scores, rationale: $rationale) {
      id
      status
    }
  }
`);

export const RankingDocument = graphql(`
  query OfficerRanking($id: ID!) {
    challenge(id: $id) {
      id
      title
      status
      requiredTier
      maxAwards
      awardedAt
      noAwardReason
      budget {
        amountMinor
        currency
      }
      ranking {
        rank
        totalScore
        recommended
        submission {
          id
          status
          price {
            amountMinor
            currency
          }
          vendor {
            id
            name
          }
        }
      }
    }
  }
`);

export const ApproveAwardDocument = graphql(`
  mutation OfficerApproveAward($challengeId: ID!, $submissionIds: [ID!]!, $justification: String) {
    approveAward(challengeId: $challengeId, submissionIds: $submissionIds, justification: $justification) {
      id
      status
    }
  }
`);

/** The attestation versions frozen into the ranked bids, for the review a T2+ award needs first. */
export const RankedAttestationsDocument = graphql(`
  query OfficerRankedAttestations($id: ID!) {
    challenge(id: $id) {
      id
      ranking {
        submission {
          id
          vendor {
            id
            name
          }
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
  }
`);
