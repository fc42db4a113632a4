import { createHash } from 'crypto';
import { readFile } from 'fs/promises';
import type { Page } from 'playwright-core';

import { attest as attestThroughApi, login, type Party } from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';
import { startTestStack, TestStack } from './support';
import { expectAccessible, launchBrowser, TestBrowser, watchPage } from './support/browser';
import { type Buyer, challengeFor, closeScoreAndAward, createBuyer, endStandstill } from './web/award-through-api';
import { containing, type Locale, type Messages, messages } from './web/console-messages';
import { screenshot } from './web/screenshots';
import { attest, type CriterionInfo, openNav, sign, tabTo, useLanguage } from './web/vendor-steps';

// A real browser against the real API: uploads, downloads, a sealed bid.
jest.setTimeout(300_000);

/** A small but real PDF: file-type recognises it by its `%PDF-` signature. */
function pdfBytes(label: string, size = 4096): Buffer {
  const head = Buffer.from(`%PDF-1.7\n1 0 obj << /Title (${label}) >> endobj\n`, 'latin1');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(size - head.length - tail.length, 0x20), tail]);
}
/** A Windows executable's head (MZ + PE signature): what a spoofed ".pdf" really is. */
function exeBytes(): Buffer {
  const bytes = Buffer.alloc(1024);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** How the console shortens a hash (apps/web/src/documents/document-view.ts). */
const shortHash = (hash: string) => `${hash.slice(0, 8)}…${hash.slice(-8)}`;

/**
 * Issue 14 in the web console, in headless Chromium against the real API, PostgreSQL and Redis:
 * a vendor downloads a challenge's annex, uploads a PDF to its bid (by keyboard), is told why an
 * executable renamed .pdf is refused, submits, and finds the document with its hash in "My
 * submissions". Every page passes axe; no request leaves the API's origin.
 */
describe('web console: documents in a browser (e2e)', () => {
  let stack: TestStack;
  let baseUrl: string;
  let browser: TestBrowser;
  let buyer: Buyer;
  let criteria: (CriterionInfo & { pillar: string })[];

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    await stack.app.listen(0, '127.0.0.1');
    baseUrl = (await stack.app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    buyer = await createBuyer(stack);
    criteria = (await stack.gql(`{ sovereigntyCriteria { code pillar answerType } }`)).data!.sovereigntyCriteria;
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  /** POST /documents as a client would (fetch + FormData), for the buyer's side of the story. */
  async function uploadThroughApi(party: Party, bytes: Buffer, name: string): Promise<string> {
    const body = new FormData();
    body.append('file', new Blob([new Uint8Array(bytes)]), name);
    const response = await fetch(`${baseUrl}/documents`, { method: 'POST', headers: { authorization: `Bearer ${party.token}` }, body });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  async function attachAnnex(challengeId: string, bytes: Buffer, name: string, visibility: 'PUBLIC' | 'RESTRICTED'): Promise<void> {
    const documentId = await uploadThroughApi(buyer.officer, bytes, name);
    const res = await stack.gql(
      `mutation A($c: ID!, $d: ID!, $v: DocumentVisibility) { attachChallengeDocument(challengeId: $c, documentId: $d, visibility: $v) { id } }`,
      { c: challengeId, d: documentId, v: visibility },
      buyer.officer.token,
    );
    expect(res.errors).toBeUndefined();
  }

  /** A registered vendor (attested at T4 for NATO unless told otherwise), signed in through the console's own form. */
  async function signedInVendor(page: Page, m: Messages, locale: Locale, options: { attested?: boolean } = {}): Promise<Party> {
    const email = `documents-${locale}-${Date.now()}@browser.test`;
    const password = 'vendor-user-password';
    const registered = await stack.gql(`mutation R($input: RegisterVendorInput!) { registerVendor(input: $input) { accessToken } }`, {
      input: {
        organisationName: `Document Works ${locale} ${Date.now()}`,
        country: 'EE',
        headcount: 12,
        annualTurnoverEur: 3_000_000,
        balanceSheetEur: 1_500_000,
        email,
        password,
        displayName: 'Mari Kask',
      },
    });
    expect(registered.errors).toBeUndefined();
    const vendor = await login(stack.gql, email, password);
    if (options.attested !== false) await attestThroughApi(stack.gql, vendor, NATO_T4_ANSWERS);
    await page.goto(`${baseUrl}/sign-in`);
    await useLanguage(page, locale);
    await page.getByLabel(m('field.email')).fill(email);
    await page.getByLabel(m('field.password')).fill(password);
    await page.getByRole('button', { name: m('signIn.submit') }).click();
    await page.getByRole('heading', { level: 1, name: m('challenges.title') }).waitFor();
    return vendor;
  }

  /** Clicks a document's download button and returns the bytes the browser saved, and their name. */
  async function download(page: Page, m: Messages, name: string): Promise<{ name: string; bytes: Buffer }> {
    const saved = page.waitForEvent('download');
    await page.getByRole('button', { name: `${m('documents.download')} ${name}` }).click();
    const file = await saved;
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
  }

  it.each<Locale>(['en', 'fr'])('bid documents and challenge annexes, upload by keyboard, refusals explained (%s)', async (locale) => {
    const m = messages(locale);
    const title = `Documents challenge ${locale} ${Date.now()}`;
    const challengeId = await challengeFor(stack, buyer, { title, classification: 'NATO_UNCLASSIFIED' });
    const annex = pdfBytes(`Statement of work ${locale}`, 6000);
    await attachAnnex(challengeId, annex, 'statement-of-work.pdf', 'PUBLIC');
    await attachAnnex(challengeId, pdfBytes('Threat model', 3000), 'threat-model.pdf', 'RESTRICTED');
    const page = await browser.newPage();
    const watch = watchPage(page, baseUrl);
    const check = async (name: string) => {
      await expectAccessible(page, `${locale}/documents-${name}`);
      await screenshot(page, `${locale}-documents-${name}`);
    };
    const vendor = await signedInVendor(page, m, locale);

    // A question answered with a document: published with the answer.
    const asked = await stack.gql(
      `mutation Q($c: ID!, $t: String!) { askQuestion(challengeId: $c, text: $t) { id } }`,
      { c: challengeId, t: 'Which frequency bands matter?' },
      vendor.token,
    );
    const answerSheet = pdfBytes('Frequency bands', 2500);
    const answered = await stack.gql(
      `mutation A($q: ID!, $a: String!, $d: [ID!]) { answerQuestion(questionId: $q, answer: $a, documentIds: $d) { id } }`,
      {
        q: asked.data!.askQuestion.id,
        a: 'See the attached band plan.',
        d: [await uploadThroughApi(buyer.officer, answerSheet, 'band-plan.pdf')],
      },
      buyer.officer.token,
    );
    expect(answered.errors).toBeUndefined();

    // The challenge page lists both annexes (the vendor is eligible for the restricted one) and
    // downloads the public one with its exact bytes and name.
    await page.goto(`${baseUrl}/challenges/${challengeId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const annexes = page.getByRole('list', { name: m('challenge.annexes') });
    await annexes.getByText('statement-of-work.pdf').waitFor();
    await annexes.getByText(shortHash(sha256(annex))).waitFor();
    await annexes.getByText(m('documents.visibility.RESTRICTED')).waitFor();
    const annexDownload = await download(page, m, 'statement-of-work.pdf');
    expect(annexDownload.name).toBe('statement-of-work.pdf');
    expect(sha256(annexDownload.bytes)).toBe(sha256(annex));
    const answerDocuments = page.getByRole('list', { name: m('challenge.answerDocuments') });
    await answerDocuments.getByText('band-plan.pdf').waitFor();
    expect(sha256((await download(page, m, 'band-plan.pdf')).bytes)).toBe(sha256(answerSheet));
    await check('challenge');

    // The bid form: a PDF chosen from the keyboard (Tab to the field, Space opens the picker).
    await page.getByRole('link', { name: m('challenge.bid') }).click();
    await page.getByLabel(m('bid.summary')).fill('Passive RF detection');
    await page.getByLabel(m('bid.approach')).fill('Software-defined radios and an on-device classifier.');
    await page.getByLabel(m('bid.price', { currency: 'EUR' })).fill('120000');
    await page.getByLabel(m('bid.duration')).fill('60');
    const proposal = pdfBytes(`Proposal ${locale}`);
    await tabTo(page, m('bid.documents'));
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles({ name: 'proposal.pdf', mimeType: 'application/pdf', buffer: proposal });
    const inBid = page.getByRole('list', { name: m('bid.documentsInBid') });
    await inBid.getByText('proposal.pdf').waitFor();
    await inBid.getByText(shortHash(sha256(proposal))).waitFor();
    expect(
      await inBid
        .getByText(shortHash(sha256(proposal)))
        .locator('xpath=..')
        .getAttribute('title'),
    ).toBe(sha256(proposal));
    await inBid.getByText(m('documents.scan.NOT_SCANNED')).waitFor();

    // An executable renamed .pdf: refused with a sentence naming it, and nothing added to the bid.
    await page.getByLabel(m('bid.documents')).setInputFiles({ name: 'brochure.pdf', mimeType: 'application/pdf', buffer: exeBytes() });
    await page
      .getByRole('alert')
      .getByText(m('documents.refused.UNSUPPORTED_MEDIA_TYPE', { name: 'brochure.pdf' }))
      .waitFor();
    expect(await page.getByLabel(m('bid.documents')).getAttribute('aria-invalid')).toBe('true');
    expect(await inBid.getByRole('listitem').count()).toBe(1);
    await check('bid');

    // A second file, removed again before submitting: only the proposal goes into the sealed bid.
    await page
      .getByLabel(m('bid.documents'))
      .setInputFiles({ name: 'draft-notes.txt', mimeType: 'text/plain', buffer: Buffer.from('notes') });
    await inBid.getByText('draft-notes.txt').waitFor();
    await tabTo(page, `${m('documents.remove')} draft-notes.txt`);
    await page.keyboard.press('Enter');
    await inBid.getByText('draft-notes.txt').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: m('bid.submit') }).click();
    await page.getByText(m('bid.done.submitted')).waitFor();
    const stored = await stack.db.query(
      `SELECT d.name, d.sha256 FROM document_attachment a JOIN document d ON d.id = a.document_id
        JOIN submission s ON s.id = a.owner_id WHERE a.owner_type = 'SUBMISSION' AND a.detached_at IS NULL AND s.challenge_id = $1`,
      [challengeId],
    );
    expect(stored).toEqual([{ name: 'proposal.pdf', sha256: sha256(proposal) }]);

    // The revision form keeps the set; "My submissions" shows it with its hash, and downloads it.
    await page.getByRole('heading', { level: 2, name: m('bid.revise') }).waitFor();
    await inBid.getByText('proposal.pdf').waitFor();
    await openNav(page, m, 'nav.submissions');
    const submission = page.getByRole('article', { name: title });
    const listed = submission.getByRole('list', { name: m('submissions.documents') });
    await listed.getByText('proposal.pdf').waitFor();
    await listed.getByText(shortHash(sha256(proposal))).waitFor();
    await check('submissions');
    const bidDownload = await download(page, m, 'proposal.pdf');
    expect(sha256(bidDownload.bytes)).toBe(sha256(proposal));

    watch.expectSameOrigin();
    // The browser logs the refused upload's 415 itself; nothing else may go wrong.
    expect(watch.errors).toEqual([expect.stringContaining('415 (Unsupported Media Type)')]);
    await page.close();
  });

  it('attestation evidence per criterion in the wizard, milestone evidence on delivery', async () => {
    const m = messages('en');
    const page = await browser.newPage();
    const watch = watchPage(page, baseUrl);
    const vendor = await signedInVendor(page, m, 'en', { attested: false });

    // The wizard: evidence for the first data criterion, seen again in the review and on the signed version.
    const code = criteria.find((c) => c.pillar === 'DATA')!.code;
    const policy = pdfBytes('Data residency policy', 3500);
    await openNav(page, m, 'nav.attestation');
    await attest(page, m, criteria, NATO_T4_ANSWERS, async (pillar) => {
      if (pillar !== 'DATA') return;
      await page
        .getByLabel(m('attestation.evidence', { code }))
        .setInputFiles({ name: 'residency-policy.pdf', mimeType: 'application/pdf', buffer: policy });
      await page
        .getByRole('list', { name: m('documents.chosen', { label: m('attestation.evidence', { code }) }) })
        .getByText('residency-policy.pdf')
        .waitFor();
      await expectAccessible(page, 'en/documents-attestation-step');
      await screenshot(page, 'en-documents-attestation-step');
    });
    await page
      .getByRole('list', { name: m('attestation.evidenceFor', { code }) })
      .getByText(shortHash(sha256(policy)))
      .waitFor();
    await sign(page, m, 'Mari Kask');
    const signedEvidence = page.getByRole('region', { name: containing(m('attestation.evidenceTitle', { version: 1 })) });
    await signedEvidence
      .getByRole('list', { name: m('attestation.evidenceFor', { code }) })
      .getByText('residency-policy.pdf')
      .waitFor();
    await expectAccessible(page, 'en/documents-attestation');
    await screenshot(page, 'en-documents-attestation');
    expect(
      await stack.db.query(
        `SELECT a.criterion_code AS code, d.sha256 FROM document_attachment a JOIN document d ON d.id = a.document_id
          WHERE a.owner_type = 'ATTESTATION' AND a.detached_at IS NULL AND d.name = 'residency-policy.pdf'`,
      ),
    ).toEqual([{ code, sha256: sha256(policy) }]);

    // A contract (bid, close, score and award driven through the API); the vendor signs and delivers with a report.
    const title = `Evidence challenge ${Date.now()}`;
    const challengeId = await challengeFor(stack, buyer, { title });
    const bid = await stack.gql(
      `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
      {
        input: {
          challengeId,
          summary: 'Edge classifier',
          technicalApproach: 'On-device models.',
          price: { amountMinor: 9_000_000, currency: 'EUR' },
          durationDays: 60,
          milestones: [
            { title: 'Prototype', dueInDays: 30, sharePercent: 40 },
            { title: 'Field trial', dueInDays: 60, sharePercent: 60 },
          ],
        },
      },
      vendor.token,
    );
    expect(bid.errors).toBeUndefined();
    await closeScoreAndAward(stack, buyer, challengeId, 'Convincing prototype plan');
    await endStandstill(stack, challengeId);
    await openNav(page, m, 'nav.contracts');
    await page.getByRole('button', { name: m('contracts.sign') }).click();
    await page.getByText(m('contracts.signed')).waitFor();
    const report = pdfBytes('Prototype test report', 8000);
    await page
      .getByLabel(m('contracts.evidence', { milestone: 'Prototype' }))
      .fill('Prototype demonstrated at the range; report attached.');
    // Reachable by keyboard (the picker itself was driven by keyboard in the bid test).
    await tabTo(page, m('contracts.evidenceDocuments', { milestone: 'Prototype' }));
    await page
      .getByLabel(m('contracts.evidenceDocuments', { milestone: 'Prototype' }))
      .setInputFiles({ name: 'test-report.pdf', mimeType: 'application/pdf', buffer: report });
    await page.getByText(m('documents.uploaded', { names: 'test-report.pdf' })).waitFor();
    await expectAccessible(page, 'en/documents-delivery');
    await page.getByRole('button', { name: m('contracts.deliver', { milestone: 'Prototype' }) }).click();
    const delivered = page.getByRole('list', { name: m('contracts.deliveredDocuments', { milestone: 'Prototype' }) });
    await delivered.getByText('test-report.pdf').waitFor();
    await delivered.getByText(shortHash(sha256(report))).waitFor();
    expect(sha256((await download(page, m, 'test-report.pdf')).bytes)).toBe(sha256(report));
    await expectAccessible(page, 'en/documents-contracts');
    await screenshot(page, 'en-documents-contracts');

    watch.expectSameOrigin();
    watch.expectNoErrors();
    await page.close();
  });

  it('downloads a public annex without signing in, and hides the restricted one', async () => {
    const m = messages('en');
    const title = `Public annex challenge ${Date.now()}`;
    const challengeId = await challengeFor(stack, buyer, { title, classification: 'PUBLIC' });
    const annex = pdfBytes('Public annex', 5000);
    await attachAnnex(challengeId, annex, 'public-annex.pdf', 'PUBLIC');
    await attachAnnex(challengeId, pdfBytes('Restricted annex'), 'restricted-annex.pdf', 'RESTRICTED');

    const page = await browser.newPage();
    const watch = watchPage(page, baseUrl);
    await page.goto(`${baseUrl}/challenges/${challengeId}`);
    await useLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const annexes = page.getByRole('list', { name: m('challenge.annexes') });
    await annexes.getByText('public-annex.pdf').waitFor();
    expect(await annexes.getByText('restricted-annex.pdf').count()).toBe(0);
    await tabTo(page, `${m('documents.download')} public-annex.pdf`);
    const saved = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await saved;
    expect(sha256(await readFile((await file.path())!))).toBe(sha256(annex));
    await expectAccessible(page, 'public/documents-challenge');
    await page
      .getByText(containing(m('documents.scan.NOT_SCANNED')))
      .first()
      .waitFor();
    watch.expectSameOrigin();
    watch.expectNoErrors();
    await page.close();
  });
});
