import { vendorWithBid } from '../libs/contracts/test-support/awarded-challenge';
import { APPROVE, waitFor } from '../libs/evaluation/test-support/evaluation-fixtures';
import { adminLogin, login, type Party, publishedChallenge } from '../libs/solicitations/test-support/marketplace-fixtures';
import { startTestStack, TEST_ADMIN, TestStack } from './support';
import { expectAccessible, launchBrowser, TestBrowser, watchPage } from './support/browser';
import { endStandstill } from './web/award-through-api';
import { containing, exactly, messages } from './web/console-messages';
import { createPerson, openAs, type Person } from './web/role-steps';
import { screenshot } from './web/screenshots';
import { tabTo, useLanguage } from './web/vendor-steps';

// A real browser, the API and the worker through a sprint's buyer side: minutes, not seconds.
jest.setTimeout(300_000);

const m = messages('en');
/** A message with a part the test does not know (an amount, a count) as a RegExp. */
const HOLE = '\u0000';
const withHole = (text: string) =>
  new RegExp(
    text
      .split(HOLE)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+'),
  );

/**
 * The buyer-side pages of issue 13 (part 2) in headless Chromium against the real API, worker,
 * PostgreSQL and Redis: the evaluator's live inbox, a declared conflict, keyboard-only scoring
 * with a local draft on a blind challenge; the officer's contract review (reject, accept, pay,
 * follow-on, terminate, attestation review); the auditor's trail and chain check; the admin's
 * organisations and users. What another role does is driven through the API. Every page passes
 * axe; no request leaves the API's origin.
 */
describe('web console: evaluators, officers’ contracts, auditors and admins in a browser (e2e)', () => {
  let stack: TestStack;
  let baseUrl: string;
  let browser: TestBrowser;
  let admin: Party;
  let officer: Person;
  let evaluator: Person;
  let auditor: Person;

  async function gql(query: string, variables: Record<string, unknown>, token: string): Promise<Record<string, any>> {
    const res = await stack.gql(query, variables, token);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    await stack.app.listen(0, '127.0.0.1');
    baseUrl = (await stack.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    admin = await adminLogin(stack.gql);
    const org = await gql(
      `mutation C($input: CreateBuyerOrganisationInput!) { createBuyerOrganisation(input: $input) { id } }`,
      { input: { name: `Roles Buyer ${process.pid}`, country: 'BE' } },
      admin.token,
    );
    const orgId = org.createBuyerOrganisation.id as string;
    officer = await createPerson(stack, admin, orgId, ['OFFICER'], 'Olivia Officer');
    evaluator = await createPerson(stack, admin, orgId, ['EVALUATOR'], 'Eero Evaluator');
    auditor = await createPerson(stack, admin, orgId, ['AUDITOR'], 'Aude Auditor');
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('runs the evaluator, officer-contract and auditor pages on one sprint', async () => {
    const suffix = String(Date.now());
    const blindTitle = `Blind counter-drone sensing ${suffix}`;
    const openTitle = `Open mesh radio ${suffix}`;
    const invite = async (challengeId: string) =>
      gql(
        `mutation I($id: ID!, $users: [ID!]!) { inviteEvaluators(challengeId: $id, userIds: $users) { id } }`,
        { id: challengeId, users: [evaluator.userId] },
        officer.token,
      );
    const common = { evaluatorsPerSubmission: 1, standstillDays: 1, maxAwards: 1, tags: ['roles', suffix] };
    const blind = await publishedChallenge(stack.gql, officer, { ...common, title: blindTitle, blindEvaluation: true }, 3600);
    const open = await publishedChallenge(stack.gql, officer, { ...common, title: openTitle, blindEvaluation: false }, 3600);
    await invite(blind.id);
    await invite(open.id);
    const plan = [{ title: 'Prototype', dueInDays: 30, sharePercent: 100 }];
    const blindBid = await vendorWithBid(stack.gql, blind.id, { price: 12_000_000, durationDays: 60, milestones: plan });
    const openBid = await vendorWithBid(stack.gql, open.id, { price: 9_000_000, durationDays: 45, milestones: plan });
    const vendorName = async (vendor: Party) =>
      (await gql(`{ me { organisation { name } } }`, {}, vendor.token)).me.organisation.name as string;
    const blindVendor = await vendorName(blindBid.vendor);
    const openVendor = await vendorName(openBid.vendor);

    // The evaluator's inbox is empty before close, then fills by itself when the worker assigns.
    const page = await browser.newPage();
    const watch = watchPage(page, baseUrl);
    const check = async (name: string) => {
      await expectAccessible(page, name);
      await screenshot(page, `roles-${name}`);
    };
    await openAs(page, m, baseUrl, '/evaluations', evaluator);
    await page.getByRole('heading', { level: 1, name: m('evaluator.title') }).waitFor();
    await page.getByText(m('evaluator.none')).waitFor();
    await check('evaluator-inbox-empty');
    await stack.db.query(
      `UPDATE challenge SET submission_deadline = now() - interval '1 second', questions_deadline = LEAST(questions_deadline, now() - interval '2 seconds') WHERE id = ANY($1)`,
      [[blind.id, open.id]],
    );
    const blindCard = page.getByRole('article', { name: blindTitle });
    const openCard = page.getByRole('article', { name: openTitle });
    await blindCard.getByText(m('evaluator.status.PENDING'), { exact: true }).waitFor({ timeout: 60_000 });
    await openCard.getByText(m('evaluator.status.PENDING'), { exact: true }).waitFor({ timeout: 60_000 });
    // Blind: the vendor is hidden; open: named, so a conflict can be judged.
    await blindCard.getByText(m('evaluator.blind')).waitFor();
    expect(await page.getByText(blindVendor).count()).toBe(0);
    await openCard.getByText(openVendor).waitFor();
    await check('evaluator-inbox');

    // A conflict on the open challenge, with its reason.
    await openCard.getByRole('button', { name: m('evaluator.declareConflict') }).click();
    await openCard.getByText(m('error.REQUIRED')).waitFor();
    await openCard.getByLabel(m('evaluator.conflictReason')).fill('I advised this vendor last year.');
    await openCard.getByRole('button', { name: m('evaluator.declareConflict') }).click();
    await openCard.getByText(m('evaluator.status.CONFLICT_DECLARED'), { exact: true }).waitFor();

    // Accepting needs the no-conflict confirmation first.
    await blindCard.getByRole('button', { name: m('evaluator.accept') }).click();
    await blindCard.getByText(m('evaluator.confirmFirst')).waitFor();
    await blindCard.getByLabel(m('evaluator.noConflict')).check();
    await blindCard.getByRole('button', { name: m('evaluator.accept') }).click();
    await blindCard.getByText(m('evaluator.status.ACCEPTED'), { exact: true }).waitFor();
    await blindCard.getByRole('link', { name: m('evaluator.score') }).click();
    await page.getByRole('heading', { level: 1, name: m('evaluator.scoringFor', { title: blindTitle }) }).waitFor();
    await page.getByText('Passive RF detection with edge classification').waitFor();
    await page
      .getByRole('region', { name: m('evaluator.bid') })
      .getByText(m('evaluator.blind'))
      .waitFor();
    expect(await page.getByText(blindVendor).count()).toBe(0);
    await check('evaluator-scoring');

    // Keyboard only: the first criterion, then away and back: the draft is restored from this device.
    await tabTo(page, m('evaluator.scoreFor', { name: 'Technical merit' }));
    await page.keyboard.type('8');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Long detection range shown in the field trial.');
    await page.getByRole('link', { name: m('evaluator.back') }).click();
    await page.getByRole('heading', { level: 1, name: m('evaluator.title') }).waitFor();
    await blindCard.getByRole('link', { name: m('evaluator.score') }).click();
    await page.getByText(m('evaluator.draftRestored')).waitFor();
    expect(await page.getByLabel(m('evaluator.scoreFor', { name: 'Technical merit' })).inputValue()).toBe('8');
    // An out-of-range score is caught before anything is sent.
    await tabTo(page, m('evaluator.scoreFor', { name: 'Team' }));
    await page.keyboard.type('11');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Experienced team with two deliveries to NATO.');
    await tabTo(page, m('evaluator.submitFinal'));
    await page.keyboard.press('Enter');
    await page.getByText(m('error.SCORE_RANGE')).waitFor();
    await check('evaluator-scoring-errors');
    await tabTo(page, m('evaluator.scoreFor', { name: 'Team' }));
    await page.keyboard.press('Control+a');
    await page.keyboard.type('7');
    await tabTo(page, m('evaluator.submitFinal'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: m('evaluator.finalScores') }).waitFor();
    await page.getByRole('cell', { name: 'Experienced team with two deliveries to NATO.' }).waitFor();
    const assignmentId = page.url().split('/').pop()!;
    expect(await page.evaluate(`localStorage.getItem('sg.scoreDraft.${assignmentId}')`)).toBeNull();
    const stored = await stack.db.query(
      `SELECT s.score FROM evaluation_score s JOIN evaluation_criterion c ON c.id = s.criterion_id WHERE s.assignment_id = $1 ORDER BY c.name`,
      [assignmentId],
    );
    expect(stored.map((r: { score: number }) => Number(r.score))).toEqual([7, 8]);
    await check('evaluator-scored');
    watch.expectSameOrigin();
    await page.close();

    // The award (the officer's award page belongs to another part), the standstill, the vendor signs and delivers.
    const ranking = await waitFor(
      async () =>
        (
          await gql(
            `query R($id: ID!) { challenge(id: $id) { ranking { recommended submission { id } } } }`,
            { id: blind.id },
            officer.token,
          )
        ).challenge.ranking,
      60_000,
      'ranking',
    );
    await gql(APPROVE, { id: blind.id, ids: [ranking.find((r: any) => r.recommended).submission.id], j: null }, officer.token);
    const contract = await waitFor(
      async () => (await gql(`{ contracts { id title status milestones { id } } }`, {}, blindBid.vendor.token)).contracts[0],
      60_000,
      'contract issued',
    );
    await endStandstill(stack, blind.id);
    await gql(`mutation S($id: ID!) { signContract(id: $id) { id } }`, { id: contract.id }, blindBid.vendor.token);
    const milestoneId = contract.milestones[0].id as string;
    const deliver = (evidence: string) =>
      gql(
        `mutation D($id: ID!, $e: String!) { deliverMilestone(id: $id, evidence: $e) { id } }`,
        { id: milestoneId, e: evidence },
        blindBid.vendor.token,
      );
    await deliver('Prototype report at https://vendor.example/report-1');

    // The officer: reject with a reason, the vendor delivers again (seen without a reload), accept, pay.
    const officerPage = await browser.newPage();
    const officerWatch = watchPage(officerPage, baseUrl);
    await openAs(officerPage, m, baseUrl, '/buyer-contracts', officer);
    const card = officerPage.getByRole('article', { name: contract.title });
    // Exact: the card's attestation heading also names the vendor.
    await card.getByText(blindVendor, { exact: true }).waitFor();
    await card.getByText('Prototype report at https://vendor.example/report-1').waitFor();
    await expectAccessible(officerPage, 'officer-contracts-delivered');
    await screenshot(officerPage, 'roles-officer-contracts');
    await card.getByLabel(m('officerContracts.rejectReason', { title: 'Prototype' })).fill('The report lacks the night-time results.');
    await card.getByRole('button', { name: m('officerContracts.reject', { title: 'Prototype' }) }).click();
    await card.getByText(m('officerContracts.rejectedBecause', { reason: 'The report lacks the night-time results.' })).waitFor();
    await deliver('Report with night-time results at https://vendor.example/report-2');
    await card.getByText('Report with night-time results at https://vendor.example/report-2').waitFor({ timeout: 30_000 });
    await card.getByRole('button', { name: m('officerContracts.accept', { title: 'Prototype' }) }).click();
    await card.getByText(m('officerContracts.accepted', { title: 'Prototype' })).waitFor();
    await card.getByRole('button', { name: withHole(m('officerContracts.recordPayment', { title: 'Prototype', amount: HOLE })) }).click();
    await card.getByText(m('officerContracts.paid', { title: 'Prototype' })).waitFor();
    await card.getByText(m('officerContracts.status.COMPLETED')).waitFor();

    // A follow-on on the completed contract, checked before it is sent, then terminated before signature.
    await card.getByRole('button', { name: m('officerContracts.issueFollowOn') }).click();
    await card.getByText(m('form.fixFields')).waitFor();
    await card.getByLabel(m('officerContracts.followOnName')).fill('Phase 2: production pilot');
    await card.getByLabel(m('officerContracts.followOnValue', { currency: 'EUR' })).fill('50000');
    await card.getByLabel(m('officerContracts.followOnJustification')).fill('The prototype met every acceptance criterion.');
    await card.getByLabel(m('bid.milestoneTitle', { n: 1 })).fill('Pilot');
    await card.getByLabel(m('bid.milestoneDue', { n: 1 })).fill('45');
    await card.getByRole('button', { name: m('officerContracts.issueFollowOn') }).click();
    await card.getByText(m('officerContracts.followOnIssued')).waitFor();
    const followOn = officerPage.getByRole('article', { name: 'Phase 2: production pilot' });
    await followOn.getByText(m('officerContracts.status.PENDING_SIGNATURE')).waitFor({ timeout: 30_000 });
    await followOn.getByLabel(m('officerContracts.terminateReason')).fill('Budget withdrawn by the programme board.');
    await followOn.getByRole('button', { name: m('officerContracts.terminate', { title: 'Phase 2: production pilot' }) }).click();
    await followOn.getByText(m('officerContracts.status.TERMINATED')).waitFor();

    // The attestation behind the winning bid: verify a criterion's evidence, then challenge it.
    const review = card.getByRole('region', {
      name: containing(m('officerContracts.attestationTitle', { vendor: blindVendor, version: 1 })),
    });
    const code = (await review.getByRole('rowheader').first().textContent())!.trim();
    await review.getByLabel(m('officerContracts.markVerified', { code })).check();
    await review.getByRole('button', { name: m('officerContracts.verifySelected') }).click();
    await review.getByText(m('officerContracts.verified', { n: 1 })).waitFor();
    await review.getByLabel(m('officerContracts.markVerified', { code })).waitFor({ state: 'detached' });
    await review.getByLabel(m('officerContracts.challengeReason')).fill('The data residency evidence is a draft contract.');
    await review.getByRole('button', { name: m('officerContracts.challengeAttestation') }).click();
    await review.getByText(m('officerContracts.attestation.CHALLENGED')).waitFor();
    await expectAccessible(officerPage, 'officer-contracts-done');
    await screenshot(officerPage, 'roles-officer-contracts-done');
    officerWatch.expectSameOrigin();
    await officerPage.close();

    // The auditor: the chain holds; the milestone's history, narrowed to the payment.
    const auditPage = await browser.newPage();
    const auditWatch = watchPage(auditPage, baseUrl);
    await openAs(auditPage, m, baseUrl, '/audit', auditor);
    await auditPage.getByRole('button', { name: m('audit.verify') }).click();
    await auditPage.getByText(withHole(m('audit.chainValid', { n: HOLE }))).waitFor();
    await auditPage.getByLabel(m('audit.entityType')).selectOption('Milestone');
    await auditPage.getByLabel(m('audit.entityId')).fill(milestoneId);
    await auditPage.getByRole('button', { name: m('audit.show') }).click();
    const rows = auditPage.getByRole('table').getByRole('row');
    await rows.nth(1).waitFor();
    const total = (await rows.count()) - 1;
    expect(total).toBeGreaterThanOrEqual(5); // delivered, rejected, delivered, accepted, paid
    await expectAccessible(auditPage, 'audit-trail');
    await screenshot(auditPage, 'roles-audit');
    await auditPage.getByLabel(m('audit.action')).fill('paid');
    await auditPage.getByRole('button', { name: m('audit.show') }).click();
    await auditPage.getByText(m('audit.count', { shown: 1, total })).waitFor();
    expect(auditPage.url()).toContain('action=paid');
    const paid = auditPage.getByRole('table').getByRole('row').nth(1);
    await paid.getByText(officer.userId).waitFor();
    await paid.locator('summary').click();
    await paid.locator('pre').waitFor();
    // Another actor than the officer: nothing of the milestone's payment.
    await auditPage.getByLabel(m('audit.actor')).fill(auditor.userId);
    await auditPage.getByRole('button', { name: m('audit.show') }).click();
    await auditPage.getByText(m('audit.count', { shown: 0, total })).waitFor();
    // From a row to everything its actor did to the milestone: the vendor's two deliveries.
    await auditPage.getByLabel(m('audit.action')).fill('');
    await auditPage.getByLabel(m('audit.actor')).fill('');
    await auditPage.getByRole('button', { name: m('audit.show') }).click();
    await auditPage.getByText(m('audit.count', { shown: total, total })).waitFor();
    const firstSeq = (await rows.nth(1).getByRole('cell').first().textContent())!.trim();
    await auditPage.getByRole('button', { name: m('audit.onlyActor', { seq: firstSeq }) }).click();
    await auditPage.getByText(m('audit.count', { shown: 2, total })).waitFor();
    expect(auditPage.url()).toContain(`actorId=${blindBid.vendor.userId}`);
    await expectAccessible(auditPage, 'audit-filtered');
    auditWatch.expectSameOrigin();
    await auditPage.close();
  });

  it('lets an admin create a buyer organisation and its users, in French, and open the queue board', async () => {
    const fr = messages('fr');
    const page = await browser.newPage();
    const watch = watchPage(page, baseUrl);
    await openAs(page, m, baseUrl, '/administration', { email: TEST_ADMIN.email, password: TEST_ADMIN.password });
    await useLanguage(page, 'fr');
    await page.getByRole('heading', { level: 1, name: fr('admin.title') }).waitFor();
    await page.getByRole('rowheader', { name: `Roles Buyer ${process.pid}` }).waitFor();
    await expectAccessible(page, 'admin');
    await screenshot(page, 'roles-admin');

    // Refused before sending when empty, then created and opened.
    const name = `Agence de test ${Date.now()}`;
    await page.getByRole('button', { name: fr('admin.createOrganisationSubmit') }).click();
    await page.getByText(fr('form.fixFields')).waitFor();
    await page.getByLabel(fr('admin.organisationName')).fill(name);
    await page.getByLabel(fr('admin.country'), { exact: true }).selectOption('FR');
    await page.getByRole('button', { name: fr('admin.createOrganisationSubmit') }).click();
    await page.getByText(fr('admin.organisationCreated', { name })).waitFor();
    await page.getByRole('rowheader', { name }).waitFor();
    const users = page.getByRole('region', { name: fr('admin.usersOf', { name }) });
    await users.getByText(fr('admin.noUsers')).waitFor();

    // A user with two roles; the API's refusal of a weak password is shown at the field.
    const email = `agent-${Date.now()}@roles.test`;
    await users.getByLabel(fr('field.displayName')).fill('Camille Agent');
    await users.getByLabel(fr('field.email')).fill(email);
    await users.getByLabel(fr('admin.initialPassword')).fill('short');
    await users.getByRole('checkbox', { name: exactly(fr('admin.role.OFFICER')) }).check();
    await users.getByRole('checkbox', { name: exactly(fr('admin.role.EVALUATOR')) }).check();
    await users.getByRole('button', { name: fr('admin.createUserSubmit') }).click();
    await users.locator('.field-error').first().waitFor();
    await expectAccessible(page, 'admin-user-errors');
    await users.getByLabel(fr('admin.initialPassword')).fill('a long enough initial password');
    await users.getByRole('button', { name: fr('admin.createUserSubmit') }).click();
    await users.getByText(fr('admin.userCreated', { name: 'Camille Agent' })).waitFor();
    const row = users.getByRole('row', { name: containing('Camille Agent') });
    await row.getByText(`${fr('admin.role.OFFICER')}, ${fr('admin.role.EVALUATOR')}`).waitFor();
    await login(stack.gql, email, 'a long enough initial password');
    await expectAccessible(page, 'admin-user-created');
    watch.expectSameOrigin();

    // The queue board is the API's own page: the link hands the admin's token over in a path-scoped cookie.
    await page.getByRole('link', { name: fr('admin.queuesLink') }).click();
    await page.waitForURL(`${baseUrl}/admin/queues`);
    expect(await page.content()).not.toContain('Sign in as an administrator');
    const cookies = await browser.context.cookies(baseUrl + '/admin/queues');
    expect(cookies.find((c) => c.name === 'sg_token')).toMatchObject({ path: '/admin/queues', sameSite: 'Strict' });
    expect(await browser.context.cookies(baseUrl + '/')).toEqual([]);
    await page.close();
  });
});
