import { createHash } from 'crypto';
import { readFile } from 'fs/promises';
import type { Page } from 'playwright-core';

import { adminLogin, attest, login, type Party } from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';
import { startTestStack, TestStack } from './support';
import { expectAccessible, launchBrowser, TestBrowser, watchPage } from './support/browser';
import { type Buyer, challengeFor, createBuyer } from './web/award-through-api';
import { type Messages, messages } from './web/console-messages';
import { signIn } from './web/officer-steps';
import { createPerson, openAs, type Person } from './web/role-steps';
import { tabTo } from './web/vendor-steps';

// Two browsers against the real API: no deadline is waited for.
jest.setTimeout(180_000);

/** A small but real PDF: file-type recognises it by its `%PDF-` signature. */
function pdfBytes(label: string, size = 3000): Buffer {
  const head = Buffer.from(`%PDF-1.7\n1 0 obj << /Title (${label}) >> endobj\n`, 'latin1');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(size - head.length - tail.length, 0x20), tail]);
}
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pdf = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/pdf', buffer });

/**
 * Issue 14, the buyer side of the console, in headless Chromium against the real API, PostgreSQL
 * and Redis: an officer uploads and attaches a public and a restricted annex (the first by
 * keyboard), detaches a third after confirming, and answers a question with a document; a vendor,
 * in a browser of its own, sees both annexes on the challenge page, downloads the public one with
 * its exact bytes, and finds the answer's document. axe on every page; no request leaves the origin.
 */
describe('web console: officers attach documents (e2e)', () => {
  let stack: TestStack;
  let baseUrl: string;
  let officerBrowser: TestBrowser;
  let vendorBrowser: TestBrowser;
  let buyer: Buyer & { officer: Person };
  const m = messages('en');

  beforeAll(async () => {
    stack = await startTestStack();
    await stack.app.listen(0, '127.0.0.1');
    baseUrl = (await stack.app.getUrl()).replace('[::1]', '127.0.0.1');
    officerBrowser = await launchBrowser();
    vendorBrowser = await launchBrowser();
    const admin = await adminLogin(stack.gql);
    const seed = await createBuyer(stack);
    // An officer with a known password, so the browser can sign in, in the seed officer's organisation.
    const officer = await createPerson(stack, admin, seed.officer.organisationId, ['OFFICER'], 'Odile Officer');
    buyer = { officer, evaluator: seed.evaluator };
  });
  afterAll(async () => {
    await officerBrowser?.close();
    await vendorBrowser?.close();
    await stack?.close();
  });

  /** A vendor eligible for NATO UNCLASSIFIED challenges, with a known password. */
  async function eligibleVendor(): Promise<Party & { email: string; password: string }> {
    const email = `annex-vendor-${process.pid}@browser.test`;
    const password = 'annex-vendor-password';
    const registered = await stack.gql(`mutation R($input: RegisterVendorInput!) { registerVendor(input: $input) { accessToken } }`, {
      input: {
        organisationName: `Annex Readers ${process.pid}`,
        country: 'LV',
        headcount: 9,
        annualTurnoverEur: 2_000_000,
        balanceSheetEur: 1_000_000,
        email,
        password,
        displayName: 'Ilze Ozola',
      },
    });
    expect(registered.errors).toBeUndefined();
    const vendor = await login(stack.gql, email, password);
    await attest(stack.gql, vendor, NATO_T4_ANSWERS);
    return { ...vendor, email, password };
  }

  async function download(page: Page, messagesOf: Messages, name: string): Promise<{ name: string; bytes: Buffer }> {
    const saved = page.waitForEvent('download');
    await page.getByRole('button', { name: `${messagesOf('documents.download')} ${name}` }).click();
    const file = await saved;
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
  }

  it('attaches public and restricted annexes, detaches one, answers with a document; the vendor downloads them', async () => {
    const title = `Annexed challenge ${Date.now()}`;
    const challengeId = await challengeFor(stack, buyer, { title, classification: 'NATO_UNCLASSIFIED' });
    const vendor = await eligibleVendor();
    const asked = await stack.gql(
      `mutation Q($c: ID!, $t: String!) { askQuestion(challengeId: $c, text: $t) { id } }`,
      { c: challengeId, t: 'Which frequency bands matter?' },
      vendor.token,
    );
    expect(asked.errors).toBeUndefined();

    const page = await officerBrowser.newPage();
    const watch = watchPage(page, baseUrl);
    await openAs(page, m, baseUrl, `/officer/challenges/${challengeId}`, buyer.officer);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: m('officerAnnexes.title') }).waitFor();
    await page.getByText(m('officerAnnexes.none')).waitFor();

    // Attaching with nothing uploaded is refused before any request.
    await page.getByRole('button', { name: m('officerAnnexes.attach') }).click();
    await page.getByRole('alert').getByText(m('officerAnnexes.noneChosen')).waitFor();

    // The public annex, by keyboard: Tab to the file field, Space opens the picker, Tab to Attach, Enter.
    const publicAnnex = pdfBytes('Statement of work');
    await tabTo(page, m('officerAnnexes.files'));
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles(pdf('statement-of-work.pdf', publicAnnex));
    const ready = page.getByRole('list', { name: m('documents.chosen', { label: m('officerAnnexes.files') }) });
    await ready.getByText('statement-of-work.pdf').waitFor();
    await tabTo(page, m('officerAnnexes.attach'));
    await page.keyboard.press('Enter');
    await page.getByText(m('officerAnnexes.attached', { names: 'statement-of-work.pdf' })).waitFor();
    const attached = page.getByRole('list', { name: m('officerAnnexes.attachedList') });
    await attached.getByText('statement-of-work.pdf').waitFor();

    // A restricted annex and a superseded draft, attached together with the restricted visibility.
    const restrictedAnnex = pdfBytes('Threat model');
    await page
      .getByLabel(m('officerAnnexes.files'))
      .setInputFiles([pdf('threat-model.pdf', restrictedAnnex), pdf('old-draft.pdf', pdfBytes('Old'))]);
    await ready.getByText('old-draft.pdf').waitFor();
    await page.getByLabel(m('officerAnnexes.visibility.RESTRICTED')).check();
    await page.getByRole('button', { name: m('officerAnnexes.attach') }).click();
    await attached.getByText('old-draft.pdf').waitFor();
    const threatModel = attached.getByRole('listitem').filter({ hasText: 'threat-model.pdf' });
    await threatModel.getByText(m('documents.visibility.RESTRICTED')).waitFor();
    await expectAccessible(page, 'officer-documents/annexes');

    // Detaching asks first; "Keep it" changes nothing, the confirmation (by keyboard) detaches.
    await page.getByRole('button', { name: `${m('documents.remove')} old-draft.pdf` }).click();
    await page.getByText(m('officerAnnexes.confirmDetach', { name: 'old-draft.pdf' })).waitFor();
    await expectAccessible(page, 'officer-documents/detach-confirmation');
    await page.getByRole('button', { name: m('officerAnnexes.keep') }).click();
    expect(await attached.getByText('old-draft.pdf').count()).toBe(1);
    await page.getByRole('button', { name: `${m('documents.remove')} old-draft.pdf` }).click();
    await tabTo(page, m('officerAnnexes.detach', { name: 'old-draft.pdf' }));
    await page.keyboard.press('Enter');
    await page.getByText(m('officerAnnexes.detached', { name: 'old-draft.pdf' })).waitFor();
    await attached.getByText('old-draft.pdf').waitFor({ state: 'detached' });
    const stored = await stack.db.query(
      `SELECT d.name, a.visibility, a.detached_at IS NOT NULL AS detached FROM document_attachment a JOIN document d ON d.id = a.document_id
        WHERE a.owner_type = 'CHALLENGE' AND a.owner_id = $1 ORDER BY d.name`,
      [challengeId],
    );
    expect(stored).toEqual([
      { name: 'old-draft.pdf', visibility: 'RESTRICTED', detached: true },
      { name: 'statement-of-work.pdf', visibility: 'PUBLIC', detached: false },
      { name: 'threat-model.pdf', visibility: 'RESTRICTED', detached: false },
    ]);

    // The questions inbox: the answer goes out with a document, listed under the answered question.
    await page.goto(`${baseUrl}/officer/challenges/${challengeId}/questions`);
    await page.getByRole('heading', { level: 3, name: m('officer.questions.question', { n: 1 }) }).waitFor();
    const bandPlan = pdfBytes('Band plan', 2500);
    await page.getByLabel(m('officer.questions.answer', { n: 1 })).fill('See the attached band plan.');
    await page.getByLabel(m('officerAnnexes.answerDocuments', { n: 1 })).setInputFiles(pdf('band-plan.pdf', bandPlan));
    await page
      .getByRole('list', { name: m('documents.chosen', { label: m('officerAnnexes.answerDocuments', { n: 1 }) }) })
      .getByText('band-plan.pdf')
      .waitFor();
    await expectAccessible(page, 'officer-documents/answer-form');
    await page.getByRole('button', { name: m('officer.questions.publish', { n: 1 }) }).click();
    await page
      .getByRole('list', { name: m('officerAnnexes.answeredDocuments') })
      .getByText('band-plan.pdf')
      .waitFor();
    await expectAccessible(page, 'officer-documents/answered');
    watch.expectSameOrigin();
    watch.expectNoErrors();

    // The vendor, in a browser of its own: both live annexes (it is eligible), not the detached one.
    const vendorPage = await vendorBrowser.newPage();
    const vendorWatch = watchPage(vendorPage, baseUrl);
    await signIn(vendorPage, m, baseUrl, vendor);
    await vendorPage.goto(`${baseUrl}/challenges/${challengeId}`);
    await vendorPage.getByRole('heading', { level: 1, name: title }).waitFor();
    const annexes = vendorPage.getByRole('list', { name: m('challenge.annexes') });
    await annexes.getByText('statement-of-work.pdf').waitFor();
    await annexes.getByText('threat-model.pdf').waitFor();
    expect(await annexes.getByText('old-draft.pdf').count()).toBe(0);
    const saved = await download(vendorPage, m, 'statement-of-work.pdf');
    expect(saved.name).toBe('statement-of-work.pdf');
    expect(sha256(saved.bytes)).toBe(sha256(publicAnnex));
    const answerDocuments = vendorPage.getByRole('list', { name: m('challenge.answerDocuments') });
    await answerDocuments.getByText('band-plan.pdf').waitFor();
    expect(sha256((await download(vendorPage, m, 'band-plan.pdf')).bytes)).toBe(sha256(bandPlan));
    await expectAccessible(vendorPage, 'officer-documents/vendor-challenge');
    vendorWatch.expectSameOrigin();
    vendorWatch.expectNoErrors();
  });
});
