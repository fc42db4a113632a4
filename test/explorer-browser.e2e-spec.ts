import type { Page } from 'playwright-core';

import { startTestStack, TestStack } from './support';
import { launchBrowser, TestBrowser, watchPage } from './support/browser';

/**
 * The GraphQL explorer as a developer meets it, in headless Chromium: /graphiql loads with the
 * schema (introspection passes the depth and cost limits), runs a query, opens the documentation,
 * and nothing it requests leaves the API's origin (air-gapped networks) or trips its CSP.
 */
describe('GraphiQL explorer in a real browser (e2e)', () => {
  let stack: TestStack;
  let browser: TestBrowser;
  let origin: string;

  beforeAll(async () => {
    stack = await startTestStack();
    await stack.app.listen(0, '127.0.0.1');
    origin = (await stack.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  /** The text of GraphiQL's result pane (a CodeMirror editor). */
  const resultText = (page: Page) => page.locator('.graphiql-response').innerText();

  it('loads the schema, runs a query and shows the docs, all from the API itself', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page, origin);
    await page.goto(`${origin}/graphiql`);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();

    // Replace the default query with one that needs no sign-in, typed as a person would, then run it.
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('query Ping { __typename'); // the editor closes the brace itself
    await page.keyboard.press('Escape'); // close the completion hint (the schema is loaded: it offers __typename)
    // GraphiQL reads the operation name from the editor after a short debounce: run once it has.
    await page.waitForTimeout(1000);
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('"Query"').waitFor();
    expect(await resultText(page)).toContain('"__typename": "Query"');

    // The documentation explorer lists the root types: the schema came through introspection.
    await page.getByRole('button', { name: /show documentation explorer/i }).click();
    await page.getByText('Root Types').waitFor();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
    await page.locator('.graphiql-doc-explorer').getByText('challenges', { exact: true }).first().waitFor();

    watch.expectSameOrigin();
    watch.expectNoErrors();
    expect(watch.requests.some((url) => url.endsWith('/graphql'))).toBe(true);
  });
});
