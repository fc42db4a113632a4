import { graphql } from '../gql';

/** What every document list shows: the fields spread into each page's own query. */
export const DocumentFieldsFragment = graphql(`
  fragment DocumentFields on Document {
    id
    name
    mediaType
    sizeBytes
    sha256
    scanStatus
    visibility
    downloadPath
  }
`);
