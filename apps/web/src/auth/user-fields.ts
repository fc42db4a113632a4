import { graphql } from '../gql';

/** What the console keeps about the signed-in user (the SME class is shown back after registering). */
export const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      user {
        displayName
        email
        roles
        organisation {
          id
          name
          smeClass
        }
      }
    }
  }
`);

export const RegisterVendorDocument = graphql(`
  mutation RegisterVendor($input: RegisterVendorInput!) {
    registerVendor(input: $input) {
      accessToken
      user {
        displayName
        email
        roles
        organisation {
          id
          name
          smeClass
        }
      }
    }
  }
`);
