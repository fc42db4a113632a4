import { graphql } from '../../../gql';

/** Attaches one uploaded document to a challenge; RESTRICTED annexes reach eligible vendors only. */
export const AttachChallengeDocumentDocument = graphql(`
  mutation OfficerAttachChallengeDocument($challengeId: ID!, $documentId: ID!, $visibility: DocumentVisibility!) {
    attachChallengeDocument(challengeId: $challengeId, documentId: $documentId, visibility: $visibility) {
      id
    }
  }
`);

export const DetachChallengeDocumentDocument = graphql(`
  mutation OfficerDetachChallengeDocument($challengeId: ID!, $documentId: ID!) {
    detachChallengeDocument(challengeId: $challengeId, documentId: $documentId) {
      id
    }
  }
`);
