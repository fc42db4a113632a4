import { login, publishedChallenge } from '../libs/solicitations/test-support/marketplace-fixtures';
import { adminLogin, attest, createBuyerUser, type Party } from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';
import { startTestStack, TestStack } from './support';
import { expectAccessible, launchBrowser, TestBrowser, watchPage } from './support/browser';
import { exactly, messages } from './web/console-messages';

// A browser, the API and the worker; the bell polls every 20 s, so one rise can take that long.
jest.setTimeout(180_000);

const SUBMIT = `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;

/**
 * Notifications in the console (issue 15) in headless Chromium against the real API and worker: a
 * vendor sees the bell's count rise after an event (its bid receipt, recorded by the worker's relay),
 * opens the inbox from the keyboard, saves (and later deletes) a search, marks the notification read (the count goes), changes an email
 * preference and registers a webhook whose secret is shown once. Every page passes axe; no request
 * leaves the API's origin.
 */
describe('web console: notifications (e2e)', () => {
  let stack: TestStack;
  let baseUrl: string;
  let browser: TestBrowser;
  let officer: Party;

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    await stack.app.listen(0, '127.0.0.1');
    baseUrl = (await stack.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    officer = await createBuyerUser(stack.gql, await adminLogin(stack.gql));
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('raises the bell after an event, reads it in the inbox, and saves settings', async () => {
    const m = messages('en');
    const challenge = await publishedChallenge(stack.gql, officer, { title: `Counter-drone sensing ${Date.now()}` });
    // A vendor known by email and password, to sign in through the console.
    const email = `bell-${Date.now()}@vendor.test`;
    const password = 'vendor-bell-password';
    await stack.gql(`mutation R($input: RegisterVendorInput!) { registerVendor(input: $input) { accessToken } }`, {
      input: {
        organisationName: `Bell Optics ${Date.now()}`,
        country: 'EE',
        headcount: 12,
        annualTurnoverEur: 3_000_000,
        balanceSheetEur: 1_500_000,
        email,
        password,
        displayName: 'Kadri Tamm',
      },
    });
    const vendor = await login(stack.gql, email, password);
    await attest(stack.gql, vendor, NATO_T4_ANSWERS);

    const page = await browser.newPage();
    const watch = watchPage(page, baseUrl);
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel(m('field.email')).fill(email);
    await page.getByLabel(m('field.password')).fill(password);
    await page.getByRole('button', { name: m('signIn.submit') }).click();
    const bell = page.getByRole('link', { name: m('bell.label') });
    await bell.waitFor();

    // A saved search from the challenge list (it drives the "new challenge" alerts).
    await page
      .getByRole('navigation')
      .getByRole('link', { name: m('nav.challenges') })
      .click();
    await page.getByLabel(m('challenges.tag')).fill('c-uas');
    await page.getByRole('button', { name: m('challenges.apply') }).click();
    await page.getByLabel(m('savedSearches.name')).fill('Counter-drone work');
    await page.getByRole('button', { name: m('savedSearches.save') }).click();
    await page.getByText(m('savedSearches.savedNow', { name: 'Counter-drone work' })).waitFor();
    const searches = await stack.gql(`{ savedSearches { name filter } }`, {}, vendor.token);
    expect(searches.data!.savedSearches).toEqual([{ name: 'Counter-drone work', filter: expect.objectContaining({ tag: 'c-uas' }) }]);

    // An event for this vendor: its bid's receipt, recorded by the worker's notification relay.
    const bid = await stack.gql(
      SUBMIT,
      {
        input: {
          challengeId: challenge.id,
          summary: 'Passive RF detection with edge classification',
          technicalApproach: 'Software-defined radios and an on-device classifier.',
          price: { amountMinor: 9_000_000, currency: 'EUR' },
          durationDays: 60,
        },
      },
      vendor.token,
    );
    expect(bid.errors).toBeUndefined();
    const risen = page.getByRole('link', { name: m('bell.unread', { count: 1 }) });
    await risen.waitFor({ timeout: 45_000 });
    expect(await page.getByTestId('unread-count').textContent()).toBe('1');
    await expectAccessible(page, 'bell');

    // Keyboard: focus the bell and follow it.
    await risen.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: m('inbox.title') }).waitFor();
    const receipt = page.getByRole('article').filter({ hasText: m('notificationKind.BID_RECEIVED') });
    await receipt.waitFor();
    await page.getByText(m('inbox.unreadCount', { count: 1, total: 1 })).waitFor();
    await expectAccessible(page, 'inbox');

    // Unread only, then mark read: the list empties and the bell's count goes.
    await page.getByLabel(m('inbox.unreadOnly')).check();
    await receipt.getByRole('button', { name: /^Mark as read: / }).click();
    await page.getByText(m('inbox.marked')).waitFor();
    await page.getByText(m('inbox.noneUnread')).waitFor();
    await page.getByRole('link', { name: exactly(m('bell.label')) }).waitFor();
    expect(await page.getByTestId('unread-count').count()).toBe(0);
    expect((await stack.gql(`{ unreadNotificationCount }`, {}, vendor.token)).data).toEqual({ unreadNotificationCount: 0 });

    // Settings: email for bid receipts goes to the daily digest.
    await page.getByRole('link', { name: m('inbox.settings') }).click();
    await page.getByRole('heading', { level: 1, name: m('notificationSettings.title') }).waitFor();
    const kind = m('notificationKind.BID_RECEIVED');
    await page.getByLabel(m('notificationSettings.emailFor', { kind })).selectOption('DAILY_DIGEST');
    await page.getByText(m('notificationSettings.saved', { kind, email: m('emailDelivery.DAILY_DIGEST') })).waitFor();
    const prefs = await stack.gql(`{ notificationPreferences { kind email } }`, {}, vendor.token);
    expect(prefs.data!.notificationPreferences).toContainEqual({ kind: 'BID_RECEIVED', email: 'DAILY_DIGEST' });
    await page.getByRole('heading', { level: 2, name: m('savedSearches.title') }).waitFor();
    await expectAccessible(page, 'settings');
    await page.getByRole('button', { name: m('savedSearches.deleteOf', { name: 'Counter-drone work' }) }).click();
    await page.getByText(m('savedSearches.deleted')).waitFor();
    await page.getByText(m('savedSearches.none')).waitFor();

    // A webhook: refused without events, then registered; the secret is shown once.
    await page.getByLabel(m('webhooks.url')).fill('http://127.0.0.1:9/hooks');
    await page.getByRole('button', { name: m('webhooks.register') }).click();
    await page.getByText(m('webhooks.chooseEvents')).waitFor();
    await page
      .getByRole('group', { name: m('webhooks.events') })
      .getByLabel(m('notificationKind.AWARD_DECIDED'))
      .check();
    await page.getByRole('button', { name: m('webhooks.register') }).click();
    const secret = await page.getByTestId('webhook-secret').textContent();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('heading', { level: 3, name: 'http://127.0.0.1:9/hooks' }).waitFor();
    await page.getByRole('button', { name: m('webhooks.showDeliveries') }).click();
    await page.getByText(m('webhooks.noDeliveries')).waitFor();
    await expectAccessible(page, 'settings-webhook');
    const hooks = await stack.gql(`{ webhooks { url events enabled } }`, {}, vendor.token);
    expect(hooks.data!.webhooks).toEqual([{ url: 'http://127.0.0.1:9/hooks', events: ['AWARD_DECIDED'], enabled: true }]);
    expect(JSON.stringify(hooks.data)).not.toContain(secret!);

    // The same page in French.
    const fr = messages('fr');
    await page.getByRole('combobox', { name: m('nav.language') }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: fr('notificationSettings.title') }).waitFor();
    await expectAccessible(page, 'settings-fr');

    watch.expectSameOrigin();
    watch.expectNoErrors();
  });
});
