import type { Page } from 'playwright-core';

import { ACCEPT, CONFLICT, MY_ASSIGNMENTS, SCORE, waitFor } from '../libs/evaluation/test-support/evaluation-fixtures';
import { attest, registerVendor } from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';
import { startTestStack, TestStack } from './support';
import { expectAccessible, launchBrowser, TestBrowser, watchPage } from './support/browser';
import { exactly, messages } from './web/console-messages';
import { type BuyerTeam, createBuyerTeam, fillChallengeForm, type Person, signIn } from './web/officer-steps';
import { tabTo } from './web/vendor-steps';

// A real browser, the API and the worker through a whole evaluation: minutes, not seconds.
jest.setTimeout(420_000);

/**
 * The officer's pages of issue 13 in headless Chromium against the real API, worker, PostgreSQL and
 * Redis. The officer authors a challenge (the API's refusals shown by the fields they concern),
 * invites evaluators, publishes, answers a question, amends; the vendors and evaluators act through
 * the API. The board follows the worker by itself (sealed bids first, then screening, assignments,
 * a conflict and its replacement); the officer moderates the divergent bid and approves the award,
 * departing from the recommendation, with the keyboard only. axe on every page, same-origin only.
 */
/**
 * Follows one of the sprint's tabs and checks the route changed. The board refreshes itself every
 * few seconds; should a click land on a link being re-rendered, it is repeated (at most twice).
 */
async function openSprintTab(page: Page, label: string, pathSuffix: string) {
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('link', { name: label }).click();
    try {
      await page.waitForURL((url) => url.pathname.endsWith(pathSuffix), { timeout: 15_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

describe('web console: the officer runs a sprint in a browser (e2e)', () => {
  let stack: TestStack;
  let baseUrl: string;
  let browser: TestBrowser;
  let team: BuyerTeam;
  const m = messages('en');

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    await stack.app.listen(0, '127.0.0.1');
    baseUrl = (await stack.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser({ timezoneId: 'UTC' });
    team = await createBuyerTeam(stack, `${process.pid}`);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const ok = async (query: string, variables: Record<string, unknown>, who: { token: string }) => {
    const res = await stack.gql(query, variables, who.token);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data as Record<string, any>;
  };
  const assignmentsOf = async (evaluator: Person, status: string) =>
    ((await ok(MY_ASSIGNMENTS, {}, evaluator)).myAssignments as { id: string; status: string; submission: { id: string } }[]).filter(
      (a) => a.status === status,
    );

  it('authors, publishes and runs the evaluation to an award', async () => {
    const title = `Night-time drone detection ${Date.now()}`;
    const winner = await registerVendor(stack.gql, { name: `Winner Robotics ${process.pid}` });
    const runnerUp = await registerVendor(stack.gql, { name: `Runner-up Sensors ${process.pid}` });
    for (const vendor of [winner, runnerUp]) await attest(stack.gql, vendor, NATO_T4_ANSWERS);

    const page = await browser.newPage();
    const watch = watchPage(page, baseUrl);
    const check = (name: string) => expectAccessible(page, `officer/${name}`);
    await signIn(page, m, baseUrl, team.officer);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: m('officer.nav') })
      .click();
    await page.getByRole('heading', { level: 1, name: m('officer.list.title') }).waitFor();
    await page.getByText(m('officer.list.none')).waitFor();
    await check('list-empty');

    // The API's refusals land by the fields they concern: tier below what the classification demands, weights off.
    await page.getByRole('link', { name: m('officer.list.new') }).click();
    await page.getByRole('heading', { level: 1, name: m('officer.new.title') }).waitFor();
    const deadline = new Date(Date.now() + 100_000);
    await fillChallengeForm(page, m, { title, classification: 'NATO_RESTRICTED', requiredTier: 'T0', deadline, weights: [60, 30] });
    await page.getByText(m('officer.criterion.weightsOff', { total: 90 })).waitFor();
    await page.getByRole('button', { name: m('officer.form.create') }).click();
    const tier = page.getByLabel(m('officer.field.requiredTier'));
    await waitFor(async () => (await tier.getAttribute('aria-invalid')) === 'true', 20_000, 'tier marked invalid');
    await page.getByText(/requiredTier T0 is below T2/).waitFor();
    await page.getByText(/criteria weights must sum to 100 \(got 90\)/).waitFor();
    await check('form-refused');
    await tier.selectOption('T2');
    await page.getByLabel(m('officer.criterion.weight', { n: 2 })).fill('40');
    await page.getByText(m('officer.criterion.weightsOk')).waitFor();
    await page.getByRole('button', { name: m('officer.form.create') }).click();

    // The draft: invite two evaluators (the third is kept back), publish.
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(m('officer.manage.created')).waitFor();
    const challengeId = page.url().split('/').pop()!;
    await page.getByRole('checkbox', { name: team.evaluators[0].displayName }).check();
    await page.getByRole('checkbox', { name: team.evaluators[1].displayName }).check();
    await check('draft');
    await page.getByRole('button', { name: m('officer.invite.button') }).click();
    await page.getByText(m('officer.invite.done')).waitFor();
    // Invited together, so in no particular order.
    for (const evaluator of team.evaluators) await page.getByRole('definition').filter({ hasText: evaluator.displayName }).waitFor();
    await page.getByRole('button', { name: m('officer.publish.button') }).click();
    await page.getByRole('heading', { level: 2, name: m('officer.amend.title') }).waitFor();
    await check('published');

    // Amend with a reason (before any bid, so no bid needs confirming).
    await page.getByLabel(m('officer.field.problemStatement')).fill('Detect and classify small drones at night, in rain and fog.');
    await page.getByRole('button', { name: m('officer.amend.button') }).click();
    await page.getByText(m('error.REQUIRED')).waitFor();
    await page.getByLabel(m('officer.amend.reason')).fill('Weather conditions clarified');
    await page.getByRole('button', { name: m('officer.amend.button') }).click();
    await page.getByText(m('officer.amend.done')).waitFor();
    await page.getByText(/Weather conditions clarified/).waitFor();

    // A question from a vendor, answered from the inbox (published to every bidder).
    await ok(
      `mutation Q($id: ID!, $text: String!) { askQuestion(challengeId: $id, text: $text) { id } }`,
      { id: challengeId, text: 'Is passive-only sensing acceptable?' },
      winner,
    );
    await page.getByRole('link', { name: m('officer.sprint.questions') }).click();
    await page.getByRole('heading', { level: 2, name: m('officer.questions.unanswered', { n: 1 }) }).waitFor();
    await page.getByText('Is passive-only sensing acceptable?').waitFor();
    await check('questions');
    await page.getByLabel(m('officer.questions.answer', { n: 1 })).fill('Yes, passive-only sensing is acceptable.');
    await page.getByRole('button', { name: m('officer.questions.publish', { n: 1 }) }).click();
    await page.getByRole('heading', { level: 2, name: m('officer.questions.unanswered', { n: 0 }) }).waitFor();
    const publicView = await stack.gql(
      `query C($id: ID!) { challenge(id: $id) { questions { answer } } }`,
      { id: challengeId },
      runnerUp.token,
    );
    expect(publicView.data?.challenge.questions).toEqual([{ answer: 'Yes, passive-only sensing is acceptable.' }]);

    // Two sealed bids: the board shows nothing of them before close.
    const bid = async (vendor: { token: string }, price: number) =>
      (
        await ok(
          `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
          {
            input: {
              challengeId,
              summary: 'Passive RF detection',
              technicalApproach: 'SDR and an edge classifier',
              price: { amountMinor: price, currency: 'EUR' },
              durationDays: 60,
            },
          },
          vendor,
        )
      ).submitProposal.id as string;
    const winnerBid = await bid(winner, 15_000_000);
    const runnerUpBid = await bid(runnerUp, 12_000_000);
    await page.getByRole('link', { name: m('officer.sprint.board') }).click();
    await page.getByText(m('officer.board.sealed')).waitFor();
    await page.getByText(/Bids are coming in until/).waitFor();
    expect(await page.getByText(`Winner Robotics ${process.pid}`).count()).toBe(0);
    await check('board-sealed');

    // It closes by itself; the board follows the worker without a reload.
    await page.getByRole('row', { name: new RegExp(`^${m('officer.stage.assigned')} .*\\d{4}`) }).waitFor({ timeout: 150_000 });
    await page.getByRole('rowheader', { name: `Winner Robotics ${process.pid}` }).waitFor();
    await page
      .getByText(m('officer.board.eligible', { tier: 'T4' }))
      .first()
      .waitFor();
    await page.getByText(m('officer.block.pending', { name: team.evaluators[0].displayName, n: 2 })).waitFor();
    await check('board-assigned');

    // Anna accepts both; Bruno declares a conflict on the winner's bid: the board says a seat is empty.
    const [anna, bruno] = team.evaluators;
    for (const a of await assignmentsOf(anna, 'PENDING')) await ok(ACCEPT, { id: a.id }, anna);
    const brunos = await assignmentsOf(bruno, 'PENDING');
    const conflicted = brunos.find((a) => a.submission.id === winnerBid)!;
    await ok(CONFLICT, { id: conflicted.id, reason: 'I advised this vendor last year' }, bruno);
    await ok(ACCEPT, { id: brunos.find((a) => a.submission.id === runnerUpBid)!.id }, bruno);
    await page.getByText(m('officer.block.missingEvaluators', { n: 1 })).waitFor();
    await page.getByRole('row', { name: new RegExp(`^${bruno.displayName} 0 1 0 1 0`) }).waitFor();
    await check('board-conflict');

    // The officer invites the spare; the worker assigns her the empty seat.
    await page.getByRole('link', { name: m('officer.sprint.manage') }).click();
    await page.getByRole('checkbox', { name: team.spare.displayName }).check();
    await page.getByRole('button', { name: m('officer.invite.button') }).click();
    await page.getByText(m('officer.invite.done')).waitFor();
    const chloe = team.spare;
    const [replacement] = await waitFor(
      async () => {
        const pending = await assignmentsOf(chloe, 'PENDING');
        return pending.length ? pending : null;
      },
      60_000,
      'replacement assigned',
    );
    expect(replacement.submission.id).toBe(winnerBid);
    await ok(ACCEPT, { id: replacement.id }, chloe);

    // Scores: Anna and Chloé disagree by 6 on the winner's technical merit.
    const { challenge } = await ok(`query C($id: ID!) { challenge(id: $id) { criteria { id name } } }`, { id: challengeId }, team.officer);
    const sheet = (merit: number, team: number) =>
      challenge.criteria.map((c: { id: string; name: string }) => ({
        criterionId: c.id,
        score: c.name === 'Team' ? team : merit,
        justification: `${c.name}: as observed`,
      }));
    for (const a of await assignmentsOf(anna, 'ACCEPTED'))
      await ok(SCORE, { id: a.id, scores: a.submission.id === winnerBid ? sheet(9, 8) : sheet(6, 6) }, anna);
    await ok(SCORE, { id: (await assignmentsOf(bruno, 'ACCEPTED'))[0].id, scores: sheet(5, 6) }, bruno);
    await ok(SCORE, { id: replacement.id, scores: sheet(3, 8) }, chloe);

    await page.getByRole('link', { name: m('officer.sprint.board') }).click();
    await page.getByText(m('officer.block.moderation', { n: 1 })).waitFor({ timeout: 60_000 });

    // Moderation: the divergent criterion is highlighted; a consensus with a rationale. The API
    // shows it first (so a slow worker and a broken page fail differently), then the page does.
    await waitFor(
      async () => {
        const { challenge: view } = await ok(
          `query M($id: ID!) { challenge(id: $id) { submissions { id result { criteria { spread consensus } } } } }`,
          { id: challengeId },
          team.officer,
        );
        return view.submissions.some((s: any) => s.id === winnerBid && s.result?.criteria.some((k: any) => k.spread === 6));
      },
      60_000,
      'divergent result visible to the officer through the API',
    );
    let lastModerationAnswer = '(none yet)';
    page.on('response', (response) => {
      if (response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('OfficerModeration'))
        void response.text().then(
          (text) => (lastModerationAnswer = `${response.status()} ${text.slice(0, 1500)}`),
          () => undefined,
        );
    });
    await openSprintTab(page, m('officer.sprint.moderation'), '/moderation');
    const winnerName = `Winner Robotics ${process.pid}`;
    try {
      await page.getByText(m('officer.moderation.divergent', { spread: 6 })).waitFor({ timeout: 60_000 }); // a loaded machine renders it late
    } catch (error) {
      // What the page showed and what the API last answered it, so a failure says which side is wrong.
      const shown = (
        await page
          .locator('main')
          .innerText()
          .catch(() => '(no main)')
      ).slice(0, 1500);
      throw new Error(
        `${(error as Error).message}\nURL ${page.url()}\npage: ${shown}\nlast answer: ${lastModerationAnswer}\nconsole: ${watch.errors.join(' | ')}`,
      );
    }
    await check('moderation');
    await page.getByRole('button', { name: m('officer.moderation.submit', { vendor: winnerName }) }).click();
    await page.getByText(m('error.REQUIRED')).first().waitFor();
    await page.getByLabel(m('officer.moderation.score', { criterion: 'Technical merit' })).fill('7');
    await page.getByLabel(m('officer.moderation.justification', { criterion: 'Technical merit' })).fill('Field data supports 7');
    await page.getByLabel(m('officer.moderation.rationale')).fill('Panel discussed the range test results');
    await page.getByRole('button', { name: m('officer.moderation.submit', { vendor: winnerName }) }).click();
    await page.getByText(m('officer.moderation.done')).waitFor();

    // Ranking: the recommendation is preselected; the officer departs from it with the keyboard only.
    await page.getByRole('link', { name: m('officer.sprint.ranking') }).click();
    const runnerUpName = `Runner-up Sensors ${process.pid}`;
    await page.getByRole('checkbox', { name: m('officer.ranking.select', { vendor: winnerName }) }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('checkbox', { name: m('officer.ranking.select', { vendor: winnerName }) }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: m('officer.ranking.select', { vendor: runnerUpName }) }).isChecked()).toBe(false);
    await check('ranking');
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, m('officer.ranking.select', { vendor: winnerName }));
    await page.keyboard.press('Space');
    await tabTo(page, m('officer.ranking.select', { vendor: runnerUpName }));
    await page.keyboard.press('Space');
    await page.getByText(m('officer.ranking.departs')).waitFor();
    await tabTo(page, m('officer.ranking.approve'));
    await page.keyboard.press('Enter');
    await page.getByText(m('error.REQUIRED')).waitFor();
    await check('ranking-refused');
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, m('officer.ranking.justification'));
    await page.keyboard.type('Runner-up is 20 % cheaper for nearly the same merit');
    await tabTo(page, m('officer.ranking.approve'));
    await page.keyboard.press('Enter');
    // T2: the winner's key answers must be verified first, in the review next to the ranking.
    await page.getByText(m('officer.ranking.unverified')).waitFor();
    const review = page.getByRole('region', {
      name: m('officerContracts.attestationTitle', { vendor: runnerUpName, version: 1 }),
    });
    for (const code of ['OS-2', 'OS-6', 'OS-7', 'TS-7']) await review.getByLabel(m('officerContracts.markVerified', { code })).check();
    await review.getByRole('button', { name: m('officerContracts.verifySelected') }).click();
    await review.getByText(m('officerContracts.verified', { n: 4 })).waitFor();
    await check('ranking-attestations');
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, m('officer.ranking.approve'));
    await page.keyboard.press('Enter');
    await page.getByText(m('officer.ranking.approved')).waitFor();

    // The board's clocks: every stage stamped, in order.
    await page.getByRole('link', { name: m('officer.sprint.board') }).click();
    await page.getByRole('row', { name: new RegExp(`^${m('officer.stage.awarded')} .*\\d{4}`) }).waitFor({ timeout: 60_000 });
    for (const stage of ['published', 'closed', 'screened', 'assigned', 'scored', 'ranked'] as const)
      expect(await page.getByRole('row', { name: new RegExp(`^${m(`officer.stage.${stage}`)} .*\\d{4}`) }).count()).toBe(1);
    await page.getByText(m('officer.block.nothing')).waitFor();
    await check('board-awarded');
    const decided = await ok(`query C($id: ID!) { challenge(id: $id) { submissions { id status } } }`, { id: challengeId }, team.officer);
    expect(decided.challenge.submissions.find((s: { id: string }) => s.id === runnerUpBid).status).toBe('AWARDED');

    // The list shows it with its status.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: m('officer.nav') })
      .click();
    await page
      .getByRole('row', { name: new RegExp(title) })
      .getByText(exactly(m('status.AWARDED')))
      .or(page.getByRole('row', { name: new RegExp(title) }).getByText(exactly(m('status.AWARD_PENDING'))))
      .waitFor();
    await check('list');
    watch.expectSameOrigin();
    await page.close();
  });

  it('cancels a draft with a reason, and keeps other roles out', async () => {
    const page = await browser.newPage();
    await signIn(page, m, baseUrl, team.officer);
    await page.goto(`${baseUrl}/officer/challenges/new`);
    await fillChallengeForm(page, m, {
      title: `To be cancelled ${Date.now()}`,
      classification: 'PUBLIC',
      requiredTier: 'T0',
      deadline: new Date(Date.now() + 3 * 86_400_000),
      weights: [50, 50],
    });
    await page.getByRole('button', { name: m('officer.form.create') }).click();
    await page.getByText(m('officer.manage.created')).waitFor();
    await page.getByLabel(m('officer.cancel.reason')).fill('Requirement withdrawn by the capability owner');
    await page.getByRole('button', { name: m('officer.cancel.button') }).click();
    await page.getByText(exactly(m('status.CANCELLED'))).waitFor();
    await page.close();

    const evaluatorPage = await browser.newPage();
    await signIn(evaluatorPage, m, baseUrl, team.evaluators[0]);
    await evaluatorPage.goto(`${baseUrl}/officer/challenges`);
    await evaluatorPage.getByRole('heading', { level: 1, name: m('roleOnly.title') }).waitFor();
    expect(
      await evaluatorPage
        .getByRole('navigation')
        .getByRole('link', { name: m('officer.nav') })
        .count(),
    ).toBe(0);
    await evaluatorPage.close();
  });
});
