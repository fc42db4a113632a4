/**
 * e2e fixtures for the solicitation and submission suites: people and challenges created through
 * the public API only, as a client would, so the tests exercise the real rules.
 */
import { TEST_ADMIN, TestStack } from '@app/testing';

type Gql = TestStack['gql'];
let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export interface Party {
  token: string;
  userId: string;
  organisationId: string;
}

async function data<T = Record<string, any>>(gql: Gql, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await gql<T>(query, variables, token);
  if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const LOGIN = `mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id organisation { id } } } }`;

export async function login(gql: Gql, email: string, password: string): Promise<Party> {
  const { login: l } = await data(gql, LOGIN, { email, password });
  return { token: l.accessToken, userId: l.user.id, organisationId: l.user.organisation.id };
}

export const adminLogin = (gql: Gql) => login(gql, TEST_ADMIN.email, TEST_ADMIN.password);

/** A buyer organisation and one user in it with the given roles (OFFICER by default). */
export async function createBuyerUser(
  gql: Gql,
  admin: Party,
  options: { organisationId?: string; roles?: string[]; country?: string } = {},
): Promise<Party> {
  let organisationId = options.organisationId;
  if (!organisationId) {
    const org = await data(
      gql,
      `mutation C($input: CreateBuyerOrganisationInput!) { createBuyerOrganisation(input: $input) { id } }`,
      { input: { name: unique('Buyer'), country: options.country ?? 'BE' } },
      admin.token,
    );
    organisationId = org.createBuyerOrganisation.id as string;
  }
  const email = `${unique('user')}@buyer.test`;
  const password = 'buyer-user-password';
  await data(
    gql,
    `mutation U($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { organisationId, email, password, displayName: email, roles: options.roles ?? ['OFFICER'] } },
    admin.token,
  );
  return login(gql, email, password);
}

/** A vendor organisation; headcount and turnover decide its SME class. */
export async function registerVendor(
  gql: Gql,
  options: { country?: string; headcount?: number; turnoverEur?: number; name?: string } = {},
): Promise<Party> {
  const email = `${unique('vendor')}@vendor.test`;
  const password = 'vendor-user-password';
  await data(gql, `mutation R($input: RegisterVendorInput!) { registerVendor(input: $input) { accessToken } }`, {
    input: {
      organisationName: options.name ?? unique('Vendor'),
      country: options.country ?? 'EE',
      headcount: options.headcount ?? 12,
      annualTurnoverEur: options.turnoverEur ?? 3_000_000,
      balanceSheetEur: options.turnoverEur ?? 1_500_000,
      email,
      password,
      displayName: email,
    },
  });
  return login(gql, email, password);
}

/** A SubmitAttestationInput giving these answers (by criterion code). */
export const attestationInput = (answers: Record<string, unknown>) => ({
  signatoryName: 'Authorised Signatory',
  answers: Object.entries(answers).map(([code, value]) => ({ code, value })),
});

export async function attest(gql: Gql, vendor: Party, answers: Record<string, unknown>): Promise<{ id: string; hash: string }> {
  const input = attestationInput(answers);
  const res = await data(
    gql,
    `mutation A($input: SubmitAttestationInput!) { submitAttestation(input: $input) { id hash } }`,
    { input },
    vendor.token,
  );
  return res.submitAttestation;
}

/** A valid CreateChallengeInput; deadlines relative to now in seconds. */
export function challengeInput(overrides: Record<string, unknown> = {}, deadlineInSeconds = 86_400): Record<string, unknown> {
  const now = Date.now();
  return {
    title: 'Counter-drone detection for forward bases',
    problemStatement: 'Detect and classify small unmanned aerial systems approaching forward operating bases at night.',
    tags: ['c-uas', 'sensors'],
    classification: 'NATO_UNCLASSIFIED',
    requiredTier: 'T1',
    trustedJurisdiction: 'NATO',
    smeOnly: false,
    budget: { amountMinor: 50_000_000, currency: 'EUR' },
    maxContractValue: { amountMinor: 20_000_000, currency: 'EUR' },
    maxAwards: 2,
    submissionDeadline: new Date(now + deadlineInSeconds * 1000).toISOString(),
    criteria: [
      { name: 'Technical merit', description: 'Detection range and accuracy', weight: 60 },
      { name: 'Team', description: 'Delivery capability', weight: 40 },
    ],
    ...overrides,
  };
}

export const CHALLENGE_FIELDS = `id ocid title status tags classification requiredTier budget { amountMinor currency } maxContractValue { amountMinor currency }
  submissionDeadline questionsDeadline publishedAt closedAt evaluatorsPerSubmission blindEvaluation standstillDays
  buyer { id } criteria { name weight } amendments { at reason changes }`;

export async function createChallenge(
  gql: Gql,
  officer: Party,
  overrides: Record<string, unknown> = {},
  deadlineInSeconds?: number,
): Promise<Record<string, any>> {
  const res = await data(
    gql,
    `mutation C($input: CreateChallengeInput!) { createChallenge(input: $input) { ${CHALLENGE_FIELDS} } }`,
    { input: challengeInput(overrides, deadlineInSeconds) },
    officer.token,
  );
  return res.createChallenge;
}

export async function publish(gql: Gql, officer: Party, id: string): Promise<Record<string, any>> {
  const res = await data(gql, `mutation P($id: ID!) { publishChallenge(id: $id) { ${CHALLENGE_FIELDS} } }`, { id }, officer.token);
  return res.publishChallenge;
}

export async function publishedChallenge(gql: Gql, officer: Party, overrides: Record<string, unknown> = {}, deadlineInSeconds?: number) {
  const draft = await createChallenge(gql, officer, overrides, deadlineInSeconds);
  return publish(gql, officer, draft.id);
}
