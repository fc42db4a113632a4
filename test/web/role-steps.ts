/**
 * People of the buyer side and how they open a console page: accounts created through the API by
 * the admin (with a known password, so the browser can sign in), then the page's address, the
 * sign-in form it redirects to, and back to the page.
 */
import type { Page } from 'playwright-core';

import { login, type Party } from '../../libs/solicitations/test-support/marketplace-fixtures';
import type { TestStack } from '../support';
import type { Messages } from './console-messages';

export interface Person extends Party {
  email: string;
  password: string;
  displayName: string;
}

let counter = 0;

/** A user of `organisationId` with `roles`, created by the admin through createUser. */
export async function createPerson(
  stack: TestStack,
  admin: Party,
  organisationId: string,
  roles: string[],
  displayName: string,
): Promise<Person> {
  const email = `${roles[0].toLowerCase()}-${process.pid}-${++counter}@roles.test`;
  const password = 'roles-browser-password';
  const res = await stack.gql(
    `mutation U($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { organisationId, email, password, displayName, roles } },
    admin.token,
  );
  if (res.errors?.length) throw new Error(`createUser failed: ${JSON.stringify(res.errors)}`);
  return { ...(await login(stack.gql, email, password)), email, password, displayName };
}

/** Opens `path`; the guard sends the visitor to sign in, and the sign-in brings them back. */
export async function openAs(page: Page, m: Messages, baseUrl: string, path: string, person: { email: string; password: string }) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1, name: m('signIn.title') }).waitFor();
  await page.getByLabel(m('field.email')).fill(person.email);
  await page.getByLabel(m('field.password'), { exact: true }).fill(person.password);
  await page.getByRole('button', { name: m('signIn.submit') }).click();
  await page.waitForURL(`${baseUrl}${path}`);
}
