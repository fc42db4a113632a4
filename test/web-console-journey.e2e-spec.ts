import { attest as attestThroughApi, login } from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';
import { startTestStack, TestStack } from './support';
import { expectAccessible, launchBrowser, TestBrowser, watchPage } from './support/browser';
import { answerQuestions, type Buyer, challengeFor, closeScoreAndAward, createBuyer, endStandstill } from './web/award-through-api';
import { containing, type Locale, messages } from './web/console-messages';
import { screenshot } from './web/screenshots';
import { attest, card, type CriterionInfo, openNav, registerVendor, sign, tabTo, useLanguage } from './web/vendor-steps';

// A real browser, the API, the worker and a whole sprint per language: minutes, not seconds.
jest.setTimeout(300_000);

/**
 * The vendor's journey of issue 12 in headless Chromium against the real API, worker, PostgreSQL
 * and Redis, in English and in French: register, attest, read tiers and gaps, find a challenge it
 * can bid on and one it cannot (with reasons), ask a question, bid, revise; after an award driven
 * through the API, read the debrief, be refused the signature during the standstill (with its end
 * date), sign, deliver a milestone. Every page passes axe; no request leaves the API's origin.
 */
describe('web console: the vendor journey in a browser (e2e)', () => {
  let stack: TestStack;
  let baseUrl: string;
  let browser: TestBrowser;
  let buyer: Buyer;
  let criteria: (CriterionInfo & { pillar: string })[];

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    await stack.app.listen(0, '127.0.0.1');
    baseUrl = await stack.app.getUrl();
    baseUrl = baseUrl.replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    buyer = await createBuyer(stack);
    criteria = (await stack.gql(`{ sovereigntyCriteria { code pillar answerType } }`)).data!.sovereigntyCriteria;
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it.each<Locale>(['en', 'fr'])('runs from registration to a delivered milestone (%s)', async (locale) => {
    const m = messages(locale);
    const suffix = `${locale}-${Date.now()}`;
    const openTitle = `Counter-drone sensing ${suffix}`;
    const closedTitle = `Sovereign EU cloud ${suffix}`;
    const openId = await challengeFor(stack, buyer, { title: openTitle, tags: ['c-uas', suffix] });
    await challengeFor(stack, buyer, { title: closedTitle, tags: ['cloud', suffix], trustedJurisdiction: 'EU_EEA', requiredTier: 'T4' });

    const page = await browser.newPage();
    const watch = watchPage(page, baseUrl);
    const check = async (name: string) => {
      await expectAccessible(page, `${locale}/${name}`);
      await screenshot(page, `${locale}-${name}`);
    };

    // Registration, in the chosen language; the SME class comes back.
    await page.goto(`${baseUrl}/`);
    await useLanguage(page, locale);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    await registerVendor(page, m, { organisation: `Baltic Optics ${suffix}`, email: `vendor-${suffix}@browser.test`, name: 'Kadri Tamm' });
    await page.getByText(m('register.smeClass', { smeClass: m('sme.SMALL') })).waitFor();
    await check('registered');

    // Attestation: 23 criteria over three steps, the review, the signature, then tiers and gaps.
    await page.getByRole('link', { name: m('register.next') }).click();
    await page.getByText(m('attestation.noneYet')).waitFor();
    await attest(page, m, criteria, NATO_T4_ANSWERS, (pillar) => check(`attestation-${pillar.toLowerCase()}`));
    await check('attestation-review');
    await sign(page, m, 'Kadri Tamm');
    const nato = page.getByRole('region', { name: m('attestation.tierFor', { trusted: m('trusted.NATO') }) });
    await nato.getByText(m('attestation.tier', { tier: 'T4' })).waitFor();
    const eu = page.getByRole('region', { name: m('attestation.tierFor', { trusted: m('trusted.EU_EEA') }) });
    await eu.getByText(m('attestation.tier', { tier: 'T0' })).waitFor();
    await eu.getByText(m('attestation.gapsIntro', { tier: 'T1' })).waitFor();
    expect(await eu.getByRole('listitem').count()).toBeGreaterThan(0);
    await page
      .getByRole('region', { name: m('attestation.history') })
      .getByRole('cell', { name: 'Kadri Tamm' })
      .waitFor();
    await check('attestation');

    // Discovery: one challenge it can bid on, one it cannot, with reasons; the "I can bid" filter.
    await openNav(page, m, 'nav.challenges');
    await page.getByLabel(m('challenges.tag')).fill(suffix);
    await page.getByRole('button', { name: m('challenges.apply') }).click();
    await card(page, openTitle).getByText(m('eligibility.yes')).waitFor();
    await card(page, closedTitle).getByText(m('eligibility.no')).waitFor();
    expect(
      await card(page, closedTitle)
        .getByRole('list', { name: m('eligibility.reasons') })
        .getByRole('listitem')
        .count(),
    ).toBeGreaterThan(0);
    await check('discovery');
    await page.getByLabel(m('challenges.canBid')).check();
    await card(page, closedTitle).waitFor({ state: 'detached' });
    await card(page, openTitle).waitFor();

    // The challenge page: facts, criteria, countdown, and a question.
    await card(page, openTitle).getByRole('link', { name: openTitle }).click();
    await page.getByRole('heading', { level: 1, name: openTitle }).waitFor();
    await page.getByRole('cell', { name: /Technical merit/ }).waitFor();
    await page
      .getByText(containing(m('countdown.closes', { when: '' }).trim()))
      .first()
      .waitFor();
    await page.getByLabel(m('challenge.ask')).fill('Is a passive-only sensor acceptable?');
    await page.getByRole('button', { name: m('challenge.askSubmit') }).click();
    await page.getByText(m('challenge.asked')).waitFor();
    await answerQuestions(stack, buyer, openId, 'Yes, passive-only sensing is acceptable.');
    await page.reload();
    await page.getByText('Yes, passive-only sensing is acceptable.').waitFor();
    await check('challenge');

    // Bid with a milestone plan checked live, then revise the price.
    await page.getByRole('link', { name: m('challenge.bid') }).click();
    await page.getByLabel(m('bid.summary')).fill('Passive RF detection with edge classification');
    await page.getByLabel(m('bid.approach')).fill('Software-defined radios and an on-device classifier.');
    await page.getByLabel(m('bid.price', { currency: 'EUR' })).fill('150000');
    await page.getByLabel(m('bid.duration')).fill('60');
    await page.getByRole('button', { name: m('bid.addMilestone') }).click();
    await page.getByRole('button', { name: m('bid.addMilestone') }).click();
    await page.getByLabel(m('bid.milestoneTitle', { n: 1 })).fill('Prototype');
    await page.getByLabel(m('bid.milestoneDue', { n: 1 })).fill('30');
    await page.getByLabel(m('bid.milestoneShare', { n: 1 })).fill('40');
    await page.getByLabel(m('bid.milestoneTitle', { n: 2 })).fill('Field trial');
    await page.getByLabel(m('bid.milestoneDue', { n: 2 })).fill('60');
    await page.getByLabel(m('bid.milestoneShare', { n: 2 })).fill('50');
    await page.getByText(m('bid.sharesOff', { total: 90 })).waitFor();
    await page.getByLabel(m('bid.milestoneShare', { n: 2 })).fill('60');
    await page.getByText(m('bid.sharesOk')).waitFor();
    await check('bid');
    await page.getByRole('button', { name: m('bid.submit') }).click();
    await page.getByText(m('bid.done.submitted')).waitFor();
    await page.getByRole('heading', { level: 2, name: m('bid.revise') }).waitFor();
    await page.getByLabel(m('bid.price', { currency: 'EUR' })).fill('140000');
    await page.getByRole('button', { name: m('bid.submitRevision') }).click();
    await page.getByText(m('bid.done.revised')).waitFor();
    const bids = await stack.db.query(`SELECT price_minor::int AS price, revision, status FROM submission WHERE challenge_id = $1`, [
      openId,
    ]);
    expect(bids).toEqual([{ price: 14_000_000, revision: 2, status: 'SUBMITTED' }]);

    // The buyer closes, scores and awards through the API; the vendor reads the debrief.
    await closeScoreAndAward(stack, buyer, openId, `Strong detection range (${locale})`);
    await openNav(page, m, 'nav.submissions');
    const submission = page.getByRole('article', { name: openTitle });
    await submission.getByText(m('submissionStatus.AWARDED')).waitFor();
    await submission.getByRole('cell', { name: `Strong detection range (${locale}) 1` }).waitFor();
    await check('submissions');

    // The contract: refused during the standstill with its end date, then signed and delivered.
    await openNav(page, m, 'nav.contracts');
    await page.getByRole('button', { name: m('contracts.sign') }).click();
    await page
      .getByRole('alert')
      .getByText(containing(m('contracts.standstill', { date: '' }).slice(0, 25)))
      .waitFor();
    await check('contracts-standstill');
    await endStandstill(stack, openId);
    await page.reload();
    await page.getByRole('button', { name: m('contracts.sign') }).click();
    await page.getByText(m('contracts.signed')).waitFor();
    await page
      .getByLabel(m('contracts.evidence', { milestone: 'Prototype' }))
      .fill('Prototype demonstrated at the test range, report attached.');
    await page.getByRole('button', { name: m('contracts.deliver', { milestone: 'Prototype' }) }).click();
    await page.getByRole('cell', { name: containing(m('milestoneStatus.DELIVERED')) }).waitFor();
    await check('contracts');
    const milestones = await stack.db.query(
      `SELECT m.title, m.status FROM contract_milestone m JOIN micro_contract c ON c.id = m.contract_id WHERE c.challenge_id = $1 ORDER BY m.position`,
      [openId],
    );
    expect(milestones).toEqual([
      { title: 'Prototype', status: 'DELIVERED' },
      { title: 'Field trial', status: 'SCHEDULED' },
    ]);

    // Signing out leaves no token behind.
    await page.getByRole('button', { name: m('nav.signOut') }).click();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    watch.expectSameOrigin();
    watch.expectNoErrors();
    await page.close();
  });
  it('shows the public pages without signing in: open unclassified challenges, metrics as charts, OCDS links', async () => {
    const m = messages('en');
    const title = `Public challenge ${Date.now()}`;
    const restricted = `Restricted challenge ${Date.now()}`;
    const id = await challengeFor(stack, buyer, { title, classification: 'PUBLIC' });
    await challengeFor(stack, buyer, { title: restricted, classification: 'NATO_RESTRICTED', requiredTier: 'T2' });
    const page = await browser.newPage();
    const watch = watchPage(page, baseUrl);

    await page.goto(`${baseUrl}/`);
    await useLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: m('challenges.publicTitle') }).waitFor();
    await card(page, title).waitFor();
    expect(await card(page, restricted).count()).toBe(0);
    await expectAccessible(page, 'public/challenges');
    await screenshot(page, 'public-challenges');

    await card(page, title).getByRole('link', { name: title }).click();
    const ocds = page.getByRole('link', { name: m('challenge.ocds') });
    expect(await ocds.getAttribute('href')).toBe(`/ocds/challenges/${id}/releases`);
    const download = await page.request.get(`${baseUrl}/ocds/challenges/${id}/releases`);
    expect(download.status()).toBe(200);
    await expectAccessible(page, 'public/challenge');
    await screenshot(page, 'public-challenge');

    await openNav(page, m, 'nav.metrics');
    await page.getByRole('img', { name: containing(m('metrics.speed')) }).waitFor();
    await page.getByRole('img', { name: containing(m('metrics.shares')) }).waitFor();
    await expectAccessible(page, 'public/metrics');
    await screenshot(page, 'public-metrics');

    for (const [path, name] of [
      ['/sign-in', 'sign-in'],
      ['/register', 'register'],
      ['/no-such-page', 'not-found'],
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(page, `public/${name}`);
      await screenshot(page, `public-${name}`);
    }
    // A wrong password is a sentence next to the password field.
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel(m('field.email')).fill('nobody@browser.test');
    await page.getByLabel(m('field.password')).fill('not-the-password-at-all');
    await page.getByRole('button', { name: m('signIn.submit') }).click();
    await page.getByText(m('error.WRONG_CREDENTIALS')).waitFor();
    expect(await page.getByLabel(m('field.password')).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'public/sign-in-error');
    await screenshot(page, 'public-sign-in-error');

    watch.expectSameOrigin();
    await page.close();
  });

  it('lets the keyboard alone sign in, bid and withdraw; ends an expired session with a sentence', async () => {
    const m = messages('en');
    const title = `Keyboard challenge ${Date.now()}`;
    const id = await challengeFor(stack, buyer, { title, tags: ['keyboard'] });
    const email = `keyboard-${Date.now()}@browser.test`;
    const registered = await stack.gql(`mutation R($input: RegisterVendorInput!) { registerVendor(input: $input) { accessToken } }`, {
      input: {
        organisationName: `Keyboard Works ${Date.now()}`,
        country: 'NO',
        headcount: 8,
        annualTurnoverEur: 1_000_000,
        balanceSheetEur: 900_000,
        email,
        password: 'vendor-user-password',
        displayName: 'Keyboard User',
      },
    });
    const vendor = await login(stack.gql, email, 'vendor-user-password');
    expect(registered.errors).toBeUndefined();
    await attestThroughApi(stack.gql, vendor, NATO_T4_ANSWERS);
    const page = await browser.newPage();
    const watch = watchPage(page, baseUrl);

    await page.goto(`${baseUrl}/sign-in`);
    await useLanguage(page, 'en');
    await tabTo(page, m('field.email'));
    await page.keyboard.type(email);
    await tabTo(page, m('field.password'));
    await page.keyboard.type('vendor-user-password');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: m('challenges.title') }).waitFor();
    await tabTo(page, title);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await tabTo(page, m('challenge.bid'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: m('bid.title', { challenge: title }) }).waitFor();
    for (const [label, text] of [
      [m('bid.summary'), 'Keyboard-only bid'],
      [m('bid.approach'), 'Every control reachable and operable without a mouse.'],
      [m('bid.price', { currency: 'EUR' }), '99000'],
      [m('bid.duration'), '45'],
    ]) {
      await tabTo(page, label);
      await page.keyboard.type(text);
    }
    await tabTo(page, m('bid.addMilestone'));
    await page.keyboard.press('Enter');
    for (const [label, text] of [
      [m('bid.milestoneTitle', { n: 1 }), 'Everything'],
      [m('bid.milestoneDue', { n: 1 }), '45'],
      [m('bid.milestoneShare', { n: 1 }), '100'],
    ]) {
      await tabTo(page, label);
      await page.keyboard.type(text);
    }
    await page.getByText(m('bid.sharesOk')).waitFor();
    await tabTo(page, m('bid.submit'));
    await page.keyboard.press('Enter');
    await page.getByText(m('bid.done.submitted')).waitFor();
    const bids = await stack.db.query(`SELECT price_minor::int AS price, duration_days AS days FROM submission WHERE challenge_id = $1`, [
      id,
    ]);
    expect(bids).toEqual([{ price: 9_900_000, days: 45 }]);

    // Withdrawn before the deadline, by keyboard too.
    await tabTo(page, m('bid.withdraw'));
    await page.keyboard.press('Enter');
    await page.getByText(m('bid.done.withdrawn')).waitFor();
    expect(await stack.db.query(`SELECT status FROM submission WHERE challenge_id = $1`, [id])).toEqual([{ status: 'WITHDRAWN' }]);

    // A token the API no longer accepts ends the session with a sentence, not a broken page.
    await page.evaluate(
      `(() => { const s = JSON.parse(sessionStorage.getItem('sg.session')); s.token = s.token.slice(0, -4) + 'AAAA'; sessionStorage.setItem('sg.session', JSON.stringify(s)); })()`,
    );
    await page.goto(`${baseUrl}/submissions`);
    await page.getByText(m('signIn.expired')).waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    watch.expectSameOrigin();
    watch.expectNoErrors();
    await page.close();
  });
});
