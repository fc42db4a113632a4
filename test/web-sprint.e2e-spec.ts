import type { Page } from 'playwright-core';

import { attest, registerVendor } from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';
import { startTestStack, TestStack } from './support';
import { expectAccessible, launchBrowser, type PageWatch, TestBrowser, watchPage } from './support/browser';
import { containing, exactly, messages } from './web/console-messages';
import { type BuyerTeam, createBuyerTeam, fillChallengeForm, signIn } from './web/officer-steps';
import { tabTo } from './web/vendor-steps';

// Seven people, each in a browser of their own, through a whole sprint with the real worker.
jest.setTimeout(600_000);

const m = messages('en');
const HOLE = '\u0000';
/** A message with a part the test does not know (a count, an amount) as a RegExp. */
const withHole = (text: string) =>
  new RegExp(
    text
      .split(HOLE)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+'),
  );

/**
 * Issue 13's "Done when", through the console alone: an officer creates a challenge with a short
 * window, invites evaluators and publishes; two vendors come to bid (one is refused, with reasons);
 * nobody sees a sealed bid before close; the challenge closes by itself; one evaluator accepts and
 * scores, one declares a conflict and the officer's spare replaces them; the officer moderates the
 * divergent bid and approves the award with the keyboard; the vendor signs after a zero-day
 * standstill and delivers; the officer accepts and records the payment; the auditor verifies the
 * chain. One browser (its own profile) per person; axe on every page; nothing leaves the origin.
 * Only vendor sign-up and attestation (their own suite's subject) are done through the API.
 */
describe('web console: one whole sprint, every person in a browser (e2e)', () => {
  let stack: TestStack;
  let baseUrl: string;
  let team: BuyerTeam;
  const browsers: TestBrowser[] = [];
  const watches: PageWatch[] = [];
  const browserOf = new Map<Page, TestBrowser>();

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    await stack.app.listen(0, '127.0.0.1');
    baseUrl = (await stack.app.getUrl()).replace('[::1]', '127.0.0.1');
    team = await createBuyerTeam(stack, `sprint-${process.pid}`);
  });
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await stack?.close();
  });

  /** A person's own browser, signed in; closed at the end (or earlier with `done`). */
  async function person(who: { email: string; password: string }, path = '/') {
    const browser = await launchBrowser({ timezoneId: 'UTC' });
    // Up to seven browsers poll a live sprint at once: give each step a minute, not 20 s, on a busy CI.
    browser.context.setDefaultTimeout(60_000);
    browsers.push(browser);
    const page = await browser.newPage();
    browserOf.set(page, browser);
    watches.push(watchPage(page, baseUrl));
    await signIn(page, m, baseUrl, who);
    if (path !== '/') await page.goto(`${baseUrl}${path}`);
    return page;
  }
  /** Closes a person's browser once their part is over (fewer browsers polling the sprint). */
  async function done(page: Page) {
    const browser = browserOf.get(page);
    if (!browser) return;
    browsers.splice(browsers.indexOf(browser), 1);
    await browser.close();
  }

  it('runs from a new challenge to a verified audit chain', async () => {
    const title = `Sprint drone detection ${Date.now()}`;
    const vendorName = `Baltic Drone Works ${process.pid}`;
    const refusedName = `Unattested Optics ${process.pid}`;
    const vendor = await registerVendor(stack.gql, { name: vendorName });
    await attest(stack.gql, vendor, NATO_T4_ANSWERS);
    const refused = await registerVendor(stack.gql, { name: refusedName });
    const vendorLogin = await stack.db.query(`SELECT email FROM app_user WHERE id = $1`, [vendor.userId]);
    const refusedLogin = await stack.db.query(`SELECT email FROM app_user WHERE id = $1`, [refused.userId]);

    // The officer creates, invites two evaluators and publishes, with a window of a little over a minute.
    const officer = await person(team.officer, '/officer/challenges/new');
    await officer.getByRole('heading', { level: 1, name: m('officer.new.title') }).waitFor();
    await fillChallengeForm(officer, m, {
      title,
      classification: 'NATO_UNCLASSIFIED',
      requiredTier: 'T1',
      deadline: new Date(Date.now() + 200_000),
      weights: [60, 40],
    });
    await expectAccessible(officer, 'officer-new');
    await officer.getByRole('button', { name: m('officer.form.create') }).click();
    await officer.getByText(m('officer.manage.created')).waitFor();
    const challengeId = officer.url().split('/').pop()!;
    for (const evaluator of team.evaluators) await officer.getByRole('checkbox', { name: evaluator.displayName }).check();
    await officer.getByRole('button', { name: m('officer.invite.button') }).click();
    await officer.getByText(m('officer.invite.done')).waitFor();
    await officer.getByRole('button', { name: m('officer.publish.button') }).click();
    await officer.getByRole('heading', { level: 2, name: m('officer.amend.title') }).waitFor();
    await expectAccessible(officer, 'officer-published');

    // Vendor one bids, with a one-milestone plan.
    const bidder = await person({ email: vendorLogin[0].email, password: 'vendor-user-password' }, `/challenges/${challengeId}/bid`);
    await bidder.getByLabel(m('bid.summary')).fill('Passive RF detection with edge classification');
    await bidder.getByLabel(m('bid.approach')).fill('Software-defined radios and an on-device classifier.');
    await bidder.getByLabel(m('bid.price', { currency: 'EUR' })).fill('150000');
    await bidder.getByLabel(m('bid.duration')).fill('60');
    await bidder.getByRole('button', { name: m('bid.addMilestone') }).click();
    await bidder.getByLabel(m('bid.milestoneTitle', { n: 1 })).fill('Prototype');
    await bidder.getByLabel(m('bid.milestoneDue', { n: 1 })).fill('30');
    await bidder.getByLabel(m('bid.milestoneShare', { n: 1 })).fill('100');
    await bidder.getByRole('button', { name: m('bid.submit') }).click();
    await bidder.getByText(m('bid.done.submitted')).waitFor();
    await expectAccessible(bidder, 'vendor-bid');

    // The bid is in, but sealed: the officer's board and the evaluators' inboxes show nothing of it.
    await officer.getByRole('link', { name: m('officer.sprint.board') }).click();
    await officer.getByText(m('officer.board.sealed')).waitFor();
    const anna = await person(team.evaluators[0], '/evaluations');
    await anna.getByText(m('evaluator.none')).waitFor();
    const bruno = await person(team.evaluators[1], '/evaluations');
    await bruno.getByText(m('evaluator.none')).waitFor();
    await officer.getByText(m('officer.board.sealed')).waitFor();
    expect(await officer.getByText(vendorName).count()).toBe(0);
    await expectAccessible(officer, 'officer-board-sealed');
    expect(await anna.getByText(vendorName).count()).toBe(0);

    // Vendor two is refused, with the reasons.
    const outsider = await person({ email: refusedLogin[0].email, password: 'vendor-user-password' }, `/challenges/${challengeId}/bid`);
    await outsider.getByRole('heading', { level: 2, name: m('bid.refused') }).waitFor();
    expect(
      await outsider
        .getByRole('list', { name: m('eligibility.reasons') })
        .getByRole('listitem')
        .count(),
    ).toBeGreaterThan(0);
    expect(await outsider.getByLabel(m('bid.summary')).count()).toBe(0);
    expect(await outsider.getByText(vendorName).count()).toBe(0);
    await expectAccessible(outsider, 'vendor-refused');
    await done(outsider);

    // It closes by itself; the board and the inboxes follow without a reload.
    await officer.getByRole('row', { name: new RegExp(`^${m('officer.stage.assigned')} .*\\d{4}`) }).waitFor({ timeout: 300_000 });
    await officer.getByRole('rowheader', { name: vendorName }).waitFor();
    await expectAccessible(officer, 'officer-board-assigned');
    const annaCard = anna.getByRole('article', { name: title });
    const brunoCard = bruno.getByRole('article', { name: title });
    await annaCard.getByText(m('evaluator.status.PENDING'), { exact: true }).waitFor({ timeout: 60_000 });
    await brunoCard.getByText(m('evaluator.status.PENDING'), { exact: true }).waitFor({ timeout: 60_000 });
    await expectAccessible(anna, 'evaluator-inbox');

    // Bruno declares a conflict; the board shows the empty seat; the officer invites the spare.
    await brunoCard.getByLabel(m('evaluator.conflictReason')).fill('I advised this vendor last year.');
    await brunoCard.getByRole('button', { name: m('evaluator.declareConflict') }).click();
    await brunoCard.getByText(m('evaluator.status.CONFLICT_DECLARED'), { exact: true }).waitFor();
    await done(bruno);
    await officer.getByText(m('officer.block.missingEvaluators', { n: 1 })).waitFor({ timeout: 30_000 });
    await officer.getByRole('link', { name: m('officer.sprint.manage') }).click();
    await officer.getByRole('checkbox', { name: team.spare.displayName }).check();
    await officer.getByRole('button', { name: m('officer.invite.button') }).click();
    await officer.getByText(m('officer.invite.done')).waitFor();

    // Anna and Chloé accept and score, far apart on both criteria.
    const chloe = await person(team.spare, '/evaluations');
    const chloeCard = chloe.getByRole('article', { name: title });
    await chloeCard.getByText(m('evaluator.status.PENDING'), { exact: true }).waitFor({ timeout: 60_000 });
    const score = async (page: typeof anna, card: typeof annaCard, merit: number, teamScore: number) => {
      await card.getByLabel(m('evaluator.noConflict')).check();
      await card.getByRole('button', { name: m('evaluator.accept') }).click();
      await card.getByText(m('evaluator.status.ACCEPTED'), { exact: true }).waitFor();
      await card.getByRole('link', { name: m('evaluator.score') }).click();
      await page.getByText('Passive RF detection with edge classification').waitFor();
      await page.getByLabel(m('evaluator.scoreFor', { name: 'Technical merit' })).fill(String(merit));
      await page.getByLabel(m('evaluator.justificationFor', { name: 'Technical merit' })).fill(`Merit ${merit}: as tested`);
      await page.getByLabel(m('evaluator.scoreFor', { name: 'Team' })).fill(String(teamScore));
      await page.getByLabel(m('evaluator.justificationFor', { name: 'Team' })).fill(`Team ${teamScore}: as interviewed`);
      await page.getByRole('button', { name: m('evaluator.submitFinal') }).click();
      await page.getByRole('heading', { level: 2, name: m('evaluator.finalScores') }).waitFor();
    };
    await score(anna, annaCard, 9, 9);
    await expectAccessible(anna, 'evaluator-scored');
    await score(chloe, chloeCard, 3, 4);

    // The officer moderates the divergent bid, then approves the recommended award with the keyboard only.
    await officer.getByRole('link', { name: m('officer.sprint.board') }).click();
    await officer.getByText(m('officer.block.moderation', { n: 1 })).waitFor({ timeout: 60_000 });
    await officer.getByRole('link', { name: m('officer.sprint.moderation') }).click();
    await officer.getByText(m('officer.moderation.divergent', { spread: 6 })).waitFor();
    await expectAccessible(officer, 'officer-moderation');
    await officer.getByLabel(m('officer.moderation.score', { criterion: 'Technical merit' })).fill('6');
    await officer.getByLabel(m('officer.moderation.justification', { criterion: 'Technical merit' })).fill('Range test supports 6');
    await officer.getByLabel(m('officer.moderation.score', { criterion: 'Team' })).fill('7');
    await officer.getByLabel(m('officer.moderation.justification', { criterion: 'Team' })).fill('Two past deliveries');
    await officer.getByLabel(m('officer.moderation.rationale')).fill('Panel reviewed the field data together');
    await officer.getByRole('button', { name: m('officer.moderation.submit', { vendor: vendorName }) }).click();
    await officer.getByText(m('officer.moderation.done')).waitFor();
    await officer.getByRole('link', { name: m('officer.sprint.ranking') }).click();
    const select = officer.getByRole('checkbox', { name: m('officer.ranking.select', { vendor: vendorName }) });
    await select.waitFor({ timeout: 60_000 });
    expect(await select.isChecked()).toBe(true);
    await expectAccessible(officer, 'officer-ranking');
    await officer.getByRole('heading', { level: 1 }).focus();
    await tabTo(officer, m('officer.ranking.approve'));
    await officer.keyboard.press('Enter');
    await officer.getByText(m('officer.ranking.approved')).waitFor();

    // Zero-day standstill: the vendor signs at once, then delivers the milestone.
    await bidder.goto(`${baseUrl}/contracts`);
    await bidder.getByRole('button', { name: m('contracts.sign') }).waitFor({ timeout: 60_000 });
    await bidder.getByRole('button', { name: m('contracts.sign') }).click();
    await bidder.getByText(m('contracts.signed')).waitFor();
    await bidder
      .getByLabel(m('contracts.evidence', { milestone: 'Prototype' }))
      .fill('Prototype report in the shared workspace, section 3');
    await bidder.getByRole('button', { name: m('contracts.deliver', { milestone: 'Prototype' }) }).click();
    await bidder.getByText(m('milestoneStatus.DELIVERED')).waitFor();
    await expectAccessible(bidder, 'vendor-delivered');

    // The officer accepts the milestone and records the payment.
    await officer.goto(`${baseUrl}/buyer-contracts`);
    await officer.getByText('Prototype report in the shared workspace, section 3').waitFor();
    await officer.getByRole('button', { name: m('officerContracts.accept', { title: 'Prototype' }) }).click();
    await officer.getByText(m('officerContracts.accepted', { title: 'Prototype' })).waitFor();
    await officer
      .getByRole('button', { name: withHole(m('officerContracts.recordPayment', { title: 'Prototype', amount: HOLE })) })
      .click();
    await officer.getByText(m('officerContracts.paid', { title: 'Prototype' })).waitFor();
    await expectAccessible(officer, 'officer-contract-paid');
    await bidder.reload();
    await bidder.getByText(exactly(m('milestoneStatus.PAID'))).waitFor();

    // The board's clocks: every stage stamped.
    await officer.goto(`${baseUrl}/officer/challenges/${challengeId}/board`);
    for (const stage of ['published', 'closed', 'screened', 'assigned', 'scored', 'ranked', 'awarded'] as const)
      await officer.getByRole('row', { name: new RegExp(`^${m(`officer.stage.${stage}`)} .*\\d{4}`) }).waitFor();

    // The auditor verifies the chain.
    const auditor = await person(team.auditor, '/audit');
    await auditor.getByRole('button', { name: m('audit.verify') }).click();
    await auditor.getByText(withHole(m('audit.chainValid', { n: HOLE }))).waitFor();
    await expectAccessible(auditor, 'auditor-chain');
    expect(await auditor.getByText(containing('broken')).count()).toBe(0);

    for (const watch of watches) watch.expectSameOrigin();
  });
});
