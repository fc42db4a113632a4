/**
 * Documents as evidence (issue 14): per criterion of an attestation version, with a milestone's
 * delivery, and with a question's answer. Each: upload → attach (audited, hashed where the object
 * has a hash) → who can and cannot download → foreign ids look missing and leave nothing written.
 */
import { attestationHash, type StoredAnswer } from '@app/sovereignty';
import { errorCode, startTestStack, TestStack } from '@app/testing';
import { createHash } from 'crypto';
import request from 'supertest';

import { challengeStatus, emitIssue, markAwardPending, waitFor } from '../libs/contracts/test-support/awarded-challenge';
import {
  adminLogin,
  attest,
  createBuyerUser,
  Party,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS, withAnswers } from '../libs/sovereignty/test-support/attestation-fixtures';

/** The machine may be shared and busy: generous bounds, never timing assertions. */
const SLOW = 240_000;

const DOC = `id name sha256 mediaType downloadPath`;
const SUBMIT_ATTESTATION = `mutation A($input: SubmitAttestationInput!) { submitAttestation(input: $input) { id version hash answers { code documents { ${DOC} } } } }`;
const ATTESTATION = `query A($id: ID!) { attestation(id: $id) { id answers { code documents { id } } } }`;
const SUBMIT = `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const CONTRACTS = `{ contracts { id milestones { id status } } }`;
const SIGN = `mutation S($id: ID!) { signContract(id: $id) { id status } }`;
const MILESTONE = `id status evidence documents { ${DOC} }`;
const DELIVER = `mutation D($id: ID!, $evidence: String!, $docs: [ID!]) { deliverMilestone(id: $id, evidence: $evidence, documentIds: $docs) { ${MILESTONE} } }`;
const REJECT = `mutation R($id: ID!) { rejectMilestone(id: $id, reason: "Test report missing") { id status } }`;
const CONTRACT_MILESTONES = `query C($id: ID!) { contract(id: $id) { milestones { ${MILESTONE} } } }`;
const ASK = `mutation A($id: ID!, $text: String!) { askQuestion(challengeId: $id, text: $text) { id } }`;
const ANSWER = `mutation A($q: ID!, $a: String!, $docs: [ID!]) { answerQuestion(questionId: $q, answer: $a, documentIds: $docs) { id answer documents { ${DOC} } } }`;
const QUESTIONS = `query C($id: ID!) { challenge(id: $id) { id questions { id answer documents { id } } } }`;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pdf = (label: string): Buffer =>
  Buffer.from(`%PDF-1.7\n1 0 obj << /Title (${label}) >> endobj\n${' '.repeat(600)}\n%%EOF\n`, 'latin1');

describe('documents as evidence: attestations, milestones, question answers (e2e)', () => {
  let stack: TestStack;
  let admin: Party;
  let officer: Party;
  let foreignOfficer: Party;
  let auditor: Party;
  let vendor: Party;
  let otherVendor: Party;
  let weakVendor: Party;

  const upload = async (party: Party, bytes: Buffer, filename: string) => {
    const res = await request(stack.app.getHttpServer())
      .post('/documents')
      .set('authorization', `Bearer ${party.token}`)
      .attach('file', bytes, { filename, contentType: 'application/octet-stream' });
    expect(res.status).toBe(201);
    return res.body as { id: string; name: string; sha256: string };
  };
  const status = async (id: string, party?: Party) => {
    const req = request(stack.app.getHttpServer()).get(`/documents/${id}`);
    if (party) req.set('authorization', `Bearer ${party.token}`);
    return (await req).status;
  };
  const ok = async (query: string, variables: Record<string, unknown>, party?: Party) => {
    const res = await stack.gql(query, variables, party?.token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as Record<string, any>;
  };
  const attachedTrail = (ownerId: string) =>
    stack.db.query(
      `SELECT entity_id AS document, data->>'ownerType' AS "ownerType", data->>'criterionCode' AS criterion FROM audit_event
        WHERE action = 'document.attached' AND data->>'ownerId' = $1 ORDER BY seq`,
      [ownerId],
    );
  const answerInputs = (documents: Record<string, string[]>) =>
    Object.entries(NATO_T4_ANSWERS).map(([code, value]) => ({ code, value, ...(documents[code] ? { documentIds: documents[code] } : {}) }));

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    admin = await adminLogin(stack.gql);
    officer = await createBuyerUser(stack.gql, admin);
    foreignOfficer = await createBuyerUser(stack.gql, admin);
    auditor = await createBuyerUser(stack.gql, admin, { roles: ['AUDITOR'] });
    vendor = await registerVendor(stack.gql, { country: 'EE' });
    otherVendor = await registerVendor(stack.gql, { country: 'NO' });
    weakVendor = await registerVendor(stack.gql, { country: 'FR' });
    await attest(stack.gql, otherVendor, NATO_T4_ANSWERS);
    await attest(stack.gql, weakVendor, withAnswers(NATO_T4_ANSWERS, { 'OS-9': false })); // T1 for NATO
  }, SLOW);
  afterAll(() => stack?.close());

  let evidence: { id: string; name: string; sha256: string };
  let firstVersionId: string;

  it(
    'signs evidence into the attestation version, audits it and lets the vendor, auditors and admins download it',
    async () => {
      const bytes = pdf('ownership register');
      evidence = await upload(vendor, bytes, 'Ownership register.pdf');
      const policy = await upload(vendor, Buffer.from('Key management policy: keys stay in our HSM.\n'), 'keys.txt');
      const signed = (
        await ok(
          SUBMIT_ATTESTATION,
          { input: { signatoryName: 'A. Signatory', answers: answerInputs({ 'OS-2': [evidence.id], 'DS-3': [policy.id] }) } },
          vendor,
        )
      ).submitAttestation;
      firstVersionId = signed.id;
      const byCode = Object.fromEntries(signed.answers.map((a: { code: string; documents: { id: string }[] }) => [a.code, a.documents]));
      expect(byCode['OS-2']).toEqual([
        {
          id: evidence.id,
          name: 'Ownership register.pdf',
          sha256: sha256(bytes),
          mediaType: 'application/pdf',
          downloadPath: `/documents/${evidence.id}`,
        },
      ]);
      expect(byCode['DS-3'].map((d: { id: string }) => d.id)).toEqual([policy.id]);
      expect(byCode['DS-1']).toEqual([]);

      // The hash covers each document's name and SHA-256: recomputed from the stored row it matches,
      // and without the documents it would differ.
      const [row] = await stack.db.query(`SELECT answers, catalogue_version, signed_at, hash FROM attestation WHERE id = $1`, [signed.id]);
      const content = { vendorId: vendor.organisationId, catalogueVersion: row.catalogue_version, signedAt: row.signed_at };
      const answers = row.answers as StoredAnswer[];
      expect(answers.find((a) => a.code === 'OS-2')!.documents).toEqual([{ id: evidence.id, name: evidence.name, sha256: sha256(bytes) }]);
      expect(attestationHash({ ...content, answers })).toBe(signed.hash);
      const stripped = answers.map((a) => ({ code: a.code, value: a.value, evidence: a.evidence }));
      expect(attestationHash({ ...content, answers: stripped })).not.toBe(signed.hash);
      expect(await attachedTrail(signed.id)).toEqual([
        { document: policy.id, ownerType: 'ATTESTATION', criterion: 'DS-3' },
        { document: evidence.id, ownerType: 'ATTESTATION', criterion: 'OS-2' },
      ]);

      for (const reader of [vendor, auditor, admin]) expect(await status(evidence.id, reader)).toBe(200);
      // An officer without need-to-know (no bid of this vendor on a closed challenge of its buyer) is refused.
      for (const outsider of [otherVendor, officer, foreignOfficer, undefined]) expect(await status(evidence.id, outsider)).toBe(404);
      // The officer reading the attestation sees no answers, so no documents either.
      expect((await ok(ATTESTATION, { id: signed.id }, officer)).attestation.answers).toEqual([]);
    },
    SLOW,
  );

  it(
    'gives a new version its own set, re-using an earlier version’s document; foreign documents leave nothing written',
    async () => {
      const versions = async () =>
        (await stack.db.query(`SELECT count(*)::int AS n FROM attestation WHERE vendor_organisation_id = $1`, [vendor.organisationId]))[0]
          .n;
      const before = await versions();
      const foreign = await upload(otherVendor, pdf('not yours'), 'theirs.pdf');
      const officers = await upload(officer, pdf('buyer file'), 'buyer.pdf');
      for (const id of [foreign.id, officers.id, '00000000-0000-4000-8000-000000000000']) {
        const refused = await stack.gql(
          SUBMIT_ATTESTATION,
          { input: { signatoryName: 'A. Signatory', answers: answerInputs({ 'OS-2': [id] }) } },
          vendor.token,
        );
        expect(errorCode(refused)).toBe('NOT_FOUND');
      }
      const malformed = await stack.gql(
        SUBMIT_ATTESTATION,
        { input: { signatoryName: 'A. Signatory', answers: answerInputs({ 'OS-2': ['not-an-id'] }) } },
        vendor.token,
      );
      expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
      const twice = await stack.gql(
        SUBMIT_ATTESTATION,
        { input: { signatoryName: 'A. Signatory', answers: answerInputs({ 'OS-2': [evidence.id, evidence.id] }) } },
        vendor.token,
      );
      expect(errorCode(twice)).toBe('INVALID_STATE');
      expect(await versions()).toBe(before);

      const update = await upload(vendor, pdf('register 2027'), 'Register 2027.pdf');
      const v2 = (
        await ok(
          SUBMIT_ATTESTATION,
          { input: { signatoryName: 'A. Signatory', answers: answerInputs({ 'OS-2': [evidence.id, update.id] }) } },
          vendor,
        )
      ).submitAttestation;
      expect(v2.version).toBe(2);
      const os2 = (answers: { code: string; documents: { id: string }[] }[]) =>
        answers.find((a) => a.code === 'OS-2')!.documents.map((d) => d.id);
      expect(os2(v2.answers)).toEqual([evidence.id, update.id]);
      expect(os2((await ok(ATTESTATION, { id: firstVersionId }, vendor)).attestation.answers)).toEqual([evidence.id]);
      expect((await attachedTrail(v2.id)).map((t: { document: string }) => t.document)).toEqual([evidence.id, update.id]);
      // The re-used document still belongs to the first version; the rules of both are the vendor's.
      expect(await status(update.id, vendor)).toBe(200);
      expect(await status(update.id, otherVendor)).toBe(404);
      // An attestation's document is not for another kind of object.
      const challenge = await publishedChallenge(stack.gql, officer, {}, 3600);
      const bid = await stack.gql(
        SUBMIT,
        {
          input: {
            challengeId: challenge.id,
            summary: 'Reuse',
            technicalApproach: 'Reuse',
            price: { amountMinor: 1_000_000, currency: 'EUR' },
            durationDays: 30,
            documentIds: [evidence.id],
          },
        },
        vendor.token,
      );
      expect(errorCode(bid)).toBe('NOT_FOUND');
    },
    SLOW,
  );

  it(
    'attaches delivery evidence to a milestone for the contract’s vendor, buyer, auditors and admins; a redelivery replaces it',
    async () => {
      const challenge = await publishedChallenge(stack.gql, officer, { standstillDays: 1 }, 3600);
      const plan = [
        { title: 'Design review', dueInDays: 10, sharePercent: 50 },
        { title: 'Prototype', dueInDays: 20, sharePercent: 50 },
      ];
      const bid = await ok(
        SUBMIT,
        {
          input: {
            challengeId: challenge.id,
            summary: 'Passive RF detection',
            technicalApproach: 'Software-defined radios',
            price: { amountMinor: 2_000_000, currency: 'EUR' },
            durationDays: 30,
            milestones: plan,
          },
        },
        vendor,
      );
      await markAwardPending(stack, challenge.id, [bid.submitProposal.id]);
      await emitIssue(stack, challenge.id);
      await waitFor(async () => (await challengeStatus(stack, challenge.id)) === 'AWARDED', 60_000);
      await stack.db.query(`UPDATE challenge SET awarded_at = awarded_at - interval '2 days' WHERE id = $1`, [challenge.id]);
      const contract = (await ok(CONTRACTS, {}, vendor)).contracts[0];
      await ok(SIGN, { id: contract.id }, vendor);
      const milestoneId = contract.milestones[0].id as string;

      const reportBytes = pdf('design dossier');
      const report = await upload(vendor, reportBytes, 'Design dossier.pdf');
      // Foreign, the buyer's or the attestation's documents look missing, and the milestone does not move.
      const foreign = await upload(otherVendor, pdf('x'), 'x.pdf');
      for (const id of [foreign.id, evidence.id]) {
        expect(errorCode(await stack.gql(DELIVER, { id: milestoneId, evidence: 'Dossier', docs: [id] }, vendor.token))).toBe('NOT_FOUND');
      }
      expect(errorCode(await stack.gql(DELIVER, { id: milestoneId, evidence: 'Dossier', docs: [report.id] }, otherVendor.token))).toBe(
        'NOT_FOUND',
      );
      expect((await ok(CONTRACT_MILESTONES, { id: contract.id }, vendor)).contract.milestones[0]).toMatchObject({
        status: 'SCHEDULED',
        documents: [],
      });
      expect(await status(report.id, officer)).toBe(404); // still an unattached upload of the vendor

      const delivered = (await ok(DELIVER, { id: milestoneId, evidence: 'Dossier', docs: [report.id] }, vendor)).deliverMilestone;
      expect(delivered).toMatchObject({
        status: 'DELIVERED',
        documents: [{ id: report.id, name: 'Design dossier.pdf', sha256: sha256(reportBytes) }],
      });
      expect(
        (await ok(CONTRACT_MILESTONES, { id: contract.id }, officer)).contract.milestones[0].documents.map((d: { id: string }) => d.id),
      ).toEqual([report.id]);
      expect(await attachedTrail(milestoneId)).toEqual([{ document: report.id, ownerType: 'MILESTONE', criterion: null }]);
      for (const reader of [vendor, officer, auditor, admin]) expect(await status(report.id, reader)).toBe(200);
      for (const outsider of [otherVendor, foreignOfficer, undefined]) expect(await status(report.id, outsider)).toBe(404);

      // Rejected and delivered again: the new delivery's set replaces it; the first stays in the record.
      await ok(REJECT, { id: milestoneId }, officer);
      const fixed = await upload(vendor, pdf('design dossier v2'), 'Design dossier v2.pdf');
      const again = (await ok(DELIVER, { id: milestoneId, evidence: 'Dossier v2', docs: [fixed.id] }, vendor)).deliverMilestone;
      expect(again.documents.map((d: { id: string }) => d.id)).toEqual([fixed.id]);
      const detached = await stack.db.query(
        `SELECT entity_id FROM audit_event WHERE action = 'document.detached' AND data->>'ownerId' = $1`,
        [milestoneId],
      );
      expect(detached).toEqual([{ entity_id: report.id }]);
      expect(await status(report.id, officer)).toBe(200);
    },
    SLOW,
  );

  it(
    'publishes answer documents with the answer: need-to-know holds for a RESTRICTED challenge',
    async () => {
      const restricted = await publishedChallenge(stack.gql, officer, { classification: 'NATO_RESTRICTED', requiredTier: 'T2' }, 3600);
      const open = await publishedChallenge(stack.gql, officer, {}, 3600);
      const ask = async (challengeId: string) =>
        (await ok(ASK, { id: challengeId, text: 'Which frequency bands?' }, otherVendor)).askQuestion.id as string;
      const restrictedQ = await ask(restricted.id);
      const openQ = await ask(open.id);
      const tableBytes = Buffer.from('band,MHz\nL,1000-2000\nS,2000-4000\n');
      const table = await upload(officer, tableBytes, 'bands.csv');
      const vendorsFile = await upload(vendor, pdf('vendor'), 'vendor.pdf');

      expect(errorCode(await stack.gql(ANSWER, { q: restrictedQ, a: 'See the table', docs: [vendorsFile.id] }, officer.token))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await stack.gql(ANSWER, { q: restrictedQ, a: 'See the table', docs: [table.id] }, foreignOfficer.token))).toBe(
        'NOT_FOUND',
      );
      expect((await stack.db.query(`SELECT answer FROM question WHERE id = $1`, [restrictedQ]))[0].answer).toBeNull();

      const answered = (await ok(ANSWER, { q: restrictedQ, a: 'See the table', docs: [table.id] }, officer)).answerQuestion;
      expect(answered).toMatchObject({
        answer: 'See the table',
        documents: [{ id: table.id, name: 'bands.csv', sha256: sha256(tableBytes), mediaType: 'text/csv' }],
      });
      expect(await attachedTrail(restrictedQ)).toEqual([{ document: table.id, ownerType: 'QUESTION', criterion: null }]);
      const listed = (await ok(QUESTIONS, { id: restricted.id }, vendor)).challenge.questions;
      expect(listed).toEqual([{ id: restrictedQ, answer: 'See the table', documents: [{ id: table.id }] }]);
      for (const reader of [officer, vendor, otherVendor, auditor, admin]) expect(await status(table.id, reader)).toBe(200);
      // Need-to-know: a vendor below the required tier, another buyer and anonymous callers do not see the challenge.
      for (const outsider of [weakVendor, foreignOfficer, undefined]) expect(await status(table.id, outsider)).toBe(404);
      expect(errorCode(await stack.gql(ANSWER, { q: restrictedQ, a: 'Again', docs: [] }, officer.token))).toBe('INVALID_STATE');

      // On an unclassified challenge the answer, and so its document, is public.
      const notice = await upload(officer, pdf('notice'), 'Notice.pdf');
      await ok(ANSWER, { q: openQ, a: 'See the notice', docs: [notice.id] }, officer);
      for (const reader of [undefined, weakVendor, foreignOfficer]) expect(await status(notice.id, reader)).toBe(200);
      // The document belongs to that answer for life: it cannot go to another question.
      const another = await ask(open.id);
      expect(errorCode(await stack.gql(ANSWER, { q: another, a: 'Same', docs: [notice.id] }, officer.token))).toBe('NOT_FOUND');
    },
    SLOW,
  );

  it(
    'lets an officer whose buyer has a closed challenge the vendor bid on read the attestation evidence',
    async () => {
      // The milestone test left a closed (awarded) challenge of the officer's buyer with this vendor's bid.
      expect(await status(evidence.id, officer)).toBe(200);
      expect(await status(evidence.id, foreignOfficer)).toBe(404);
    },
    SLOW,
  );
});
