/**
 * The buyer's people for browser suites (an officer and evaluators with known logins, so a person
 * can sign in in the browser) and the officer's steps in the console, by the labels people read.
 */
import type { Page } from 'playwright-core';

import { adminLogin, login, type Party } from '../../libs/solicitations/test-support/marketplace-fixtures';
import type { TestStack } from '../support';
import type { Messages } from './console-messages';

export interface Person extends Party {
  email: string;
  password: string;
  displayName: string;
}

export interface BuyerTeam {
  officer: Person;
  /** Invited at first. */
  evaluators: Person[];
  /** Kept back to replace one who declares a conflict. */
  spare: Person;
  auditor: Person;
}

async function data(stack: TestStack, query: string, variables: Record<string, unknown>, token: string): Promise<Record<string, any>> {
  const res = await stack.gql(query, variables, token);
  if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** A buyer organisation with an officer, two evaluators, a spare evaluator and an auditor. */
export async function createBuyerTeam(stack: TestStack, tag: string): Promise<BuyerTeam> {
  const admin = await adminLogin(stack.gql);
  const org = await data(
    stack,
    `mutation C($input: CreateBuyerOrganisationInput!) { createBuyerOrganisation(input: $input) { id } }`,
    { input: { name: `Allied Procurement ${tag}`, country: 'BE' } },
    admin.token,
  );
  const person = async (key: string, displayName: string, roles: string[]): Promise<Person> => {
    const email = `${key}-${tag}@buyer.test`;
    const password = `${key}-browser-password`;
    await data(
      stack,
      `mutation U($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { organisationId: org.createBuyerOrganisation.id, email, password, displayName, roles } },
      admin.token,
    );
    return { ...(await login(stack.gql, email, password)), email, password, displayName };
  };
  return {
    officer: await person('officer', 'Olivia Officer', ['OFFICER']),
    evaluators: [await person('eval-a', 'Anna Evaluator', ['EVALUATOR']), await person('eval-b', 'Bruno Evaluator', ['EVALUATOR'])],
    spare: await person('eval-c', 'Chloé Evaluator', ['EVALUATOR']),
    auditor: await person('auditor', 'Aldo Auditor', ['AUDITOR']),
  };
}

export async function signIn(page: Page, m: Messages, baseUrl: string, person: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(m('field.email')).fill(person.email);
  await page.getByLabel(m('field.password'), { exact: true }).fill(person.password);
  await page.getByRole('button', { name: m('signIn.submit') }).click();
  await page.getByRole('button', { name: m('nav.signOut') }).waitFor();
}

/** A datetime-local value for a browser running in UTC, to the second. */
export const utcLocal = (at: Date) => at.toISOString().slice(0, 19);

export interface ChallengeTerms {
  title: string;
  classification: string;
  requiredTier: string;
  deadline: Date;
  weights: [number, number];
}

/** Fills the authoring form (create mode) with a two-criterion challenge. */
export async function fillChallengeForm(page: Page, m: Messages, terms: ChallengeTerms): Promise<void> {
  await page.getByLabel(m('officer.field.title')).fill(terms.title);
  await page.getByLabel(m('officer.field.problemStatement')).fill('Detect and classify small drones approaching forward bases at night.');
  await page.getByLabel(m('officer.field.tags')).fill('c-uas, sensors');
  await page.getByLabel(m('officer.field.classification')).selectOption(terms.classification);
  await page.getByLabel(m('officer.field.requiredTier')).selectOption(terms.requiredTier);
  await page.getByLabel(m('officer.field.trustedJurisdiction')).selectOption('NATO');
  await page.getByLabel(m('officer.field.budget', { currency: 'EUR' })).fill('500000');
  await page.getByLabel(m('officer.field.maxContractValue', { currency: 'EUR' })).fill('200000');
  await page.getByLabel(m('officer.field.maxAwards')).fill('1');
  await page.getByLabel(m('officer.field.evaluatorsPerSubmission')).fill('2');
  await page.getByLabel(m('officer.field.standstillDays')).fill('0');
  await page.getByLabel(m('officer.field.submissionDeadline')).fill(utcLocal(terms.deadline));
  await page.getByLabel(m('officer.criterion.name', { n: 1 })).fill('Technical merit');
  await page.getByLabel(m('officer.criterion.description', { n: 1 })).fill('Detection range and accuracy');
  await page.getByLabel(m('officer.criterion.weight', { n: 1 })).fill(String(terms.weights[0]));
  if (!(await page.getByLabel(m('officer.criterion.name', { n: 2 })).count()))
    await page.getByRole('button', { name: m('officer.criterion.add') }).click();
  await page.getByLabel(m('officer.criterion.name', { n: 2 })).fill('Team');
  await page.getByLabel(m('officer.criterion.description', { n: 2 })).fill('Delivery capability');
  await page.getByLabel(m('officer.criterion.weight', { n: 2 })).fill(String(terms.weights[1]));
}
