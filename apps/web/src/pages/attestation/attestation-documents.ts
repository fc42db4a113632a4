import { graphql } from '../../gql';

export const CriteriaDocument = graphql(`
  query SovereigntyCriteria {
    sovereigntyCriteria {
      code
      pillar
      question
      answerType
      options
    }
  }
`);

export const MyAttestationDocument = graphql(`
  query MyAttestation {
    myAttestation {
      id
      version
      status
      signedAt
      expiresAt
      signatoryName
      hash
      answers {
        code
        value
        documents {
          ...DocumentFields
        }
      }
      nato: assessment(trusted: NATO) {
        tier
        gaps {
          code
          tier
          reason
        }
      }
      euEea: assessment(trusted: EU_EEA) {
        tier
        gaps {
          code
          tier
          reason
        }
      }
    }
  }
`);

export const SubmitAttestationDocument = graphql(`
  mutation SubmitAttestation($input: SubmitAttestationInput!) {
    submitAttestation(input: $input) {
      id
      version
    }
  }
`);

export const AttestationHistoryDocument = graphql(`
  query AttestationHistory {
    myAttestationHistory {
      id
      version
      status
      signedAt
      signatoryName
      hash
    }
  }
`);
