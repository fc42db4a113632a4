import { graphql } from '../../gql';

export const AdminOrganisationsDocument = graphql(`
  query AdminOrganisations {
    organisations {
      id
      name
      kind
      country
      suspension {
        since
      }
    }
  }
`);

export const AdminUsersDocument = graphql(`
  query AdminUsers($organisationId: ID!) {
    users(organisationId: $organisationId) {
      id
      displayName
      email
      roles
      disabledAt
    }
  }
`);

export const AdminCreateOrganisationDocument = graphql(`
  mutation AdminCreateOrganisation($input: CreateBuyerOrganisationInput!) {
    createBuyerOrganisation(input: $input) {
      id
      name
    }
  }
`);

export const AdminCreateUserDocument = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      displayName
    }
  }
`);
