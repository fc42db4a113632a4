/**
 * The documents done-when suite on the real stack, shared by the PostgreSQL and S3 runs
 * (test/documents.e2e-spec.ts, test/documents-s3.e2e-spec.ts) so both stores pass the same checks.
 */
import { DOCUMENT_STORE, DocumentStore } from '@app/documents';
import { errorCode, startTestStack, TestStack } from '@app/testing';
import { createHash } from 'crypto';
import request from 'supertest';

import { ACCEPT, MY_ASSIGNMENTS, runJob, waitFor } from '../../evaluation/test-support/evaluation-fixtures';
import { expectValidPackage } from '../../open-data/test-support/ocds-validator';
import {
  adminLogin,
  attest,
  createBuyerUser,
  createChallenge,
  Party,
  publish,
  publishedChallenge,
  registerVendor,
} from '../../solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../../sovereignty/test-support/attestation-fixtures';

/** The machine may be shared and busy: generous bounds, never timing assertions. */
const SLOW = 240_000;

const SUBMIT = `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id documents { id name sha256 } } }`;
const SUBMISSION_DOCS = `query D($id: ID!) { submission(id: $id) { id documents { id name mediaType sizeBytes sha256 scanStatus downloadPath } } }`;
const INVITE = `mutation I($id: ID!, $users: [ID!]!) { inviteEvaluators(challengeId: $id, userIds: $users) { id } }`;
const ATTACH = `mutation A($c: ID!, $d: ID!, $v: DocumentVisibility) { attachChallengeDocument(challengeId: $c, documentId: $d, visibility: $v) { id documents { id name visibility } } }`;
const DETACH = `mutation D($c: ID!, $d: ID!) { detachChallengeDocument(challengeId: $c, documentId: $d) { id documents { id } } }`;
const CHALLENGE_DOCS = `query C($id: ID!) { challenge(id: $id) { id documents { id name visibility mediaType } } }`;

/** A small but real PDF head: file-type recognises it by its `%PDF-` signature. */
export const pdfBytes = (label: string, size = 2048): Buffer => {
  const head = Buffer.from(`%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Title (${label}) >> endobj\n`, 'latin1');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length - tail.length), 0x20), tail]);
};
/** A Windows executable's head (MZ + PE signature): what a spoofed ".pdf" really is. */
const exeBytes = (): Buffer => {
  const bytes = Buffer.alloc(1024);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
};
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** How a run sees its store: the settings that select it, and how many documents' bytes it holds. */
export interface StoreUnderTest {
  env(): Record<string, string>;
  /** DOCUMENT_MAX_BYTES of the run: above 5 MiB for S3, so its multipart path is exercised too. */
  maxBytes: number;
  storedObjects(stack: TestStack): Promise<number>;
}

export const postgresStore: StoreUnderTest = {
  env: () => ({ DOCUMENT_STORAGE: 'postgres' }),
  maxBytes: 1_000_000,
  storedObjects: async (stack) => (await stack.db.query(`SELECT count(DISTINCT document_id)::int AS n FROM document_chunk`))[0].n,
};

export function documentsSuite(title: string, store: StoreUnderTest): void {
  describe(title, () => {
    let stack: TestStack;
    let admin: Party;
    let officer: Party;
    let foreignOfficer: Party;
    let evaluators: Party[];
    let uninvitedEvaluator: Party;
    let vendor: Party;
    let otherVendor: Party;
    let unattestedVendor: Party;

    const upload = (token: string | undefined, bytes: Buffer, filename: string, contentType = 'application/octet-stream') => {
      const req = request(stack.app.getHttpServer()).post('/documents');
      if (token) req.set('authorization', `Bearer ${token}`);
      return req.attach('file', bytes, { filename, contentType });
    };
    const download = (id: string, token?: string) => {
      const req = request(stack.app.getHttpServer())
        .get(`/documents/${id}`)
        .buffer(true)
        .parse((res, done) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () => done(null, Buffer.concat(parts)));
        });
      if (token) req.set('authorization', `Bearer ${token}`);
      return req;
    };
    const uploaded = async (token: string, bytes: Buffer, filename: string) => {
      const res = await upload(token, bytes, filename);
      expect(res.status).toBe(201);
      return res.body as { id: string; name: string; sha256: string; mediaType: string; sizeBytes: number; scanStatus: string };
    };
    const gqlData = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const res = await stack.gql(query, variables, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data as Record<string, any>;
    };
    const stored = async () => ({
      documents: (await stack.db.query(`SELECT count(*)::int AS n FROM document`))[0].n,
      objects: await store.storedObjects(stack),
    });

    beforeAll(async () => {
      stack = await startTestStack({
        worker: true,
        env: { DOCUMENT_MAX_BYTES: String(store.maxBytes), DOCUMENT_UNATTACHED_TTL_SECONDS: '4', ...store.env() },
      });
      admin = await adminLogin(stack.gql);
      officer = await createBuyerUser(stack.gql, admin);
      foreignOfficer = await createBuyerUser(stack.gql, admin);
      evaluators = [];
      for (let i = 0; i < 2; i += 1)
        evaluators.push(await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] }));
      uninvitedEvaluator = await createBuyerUser(stack.gql, admin, { organisationId: officer.organisationId, roles: ['EVALUATOR'] });
      vendor = await registerVendor(stack.gql, { country: 'EE', name: 'Baltic Drone Works' });
      otherVendor = await registerVendor(stack.gql, { country: 'NO' });
      unattestedVendor = await registerVendor(stack.gql, { country: 'PL' });
      await attest(stack.gql, vendor, NATO_T4_ANSWERS);
      await attest(stack.gql, otherVendor, NATO_T4_ANSWERS);
    }, SLOW);
    afterAll(() => stack?.close());

    it(
      'uploads: sniffs the type, hashes the bytes, sanitises the name; refusals keep nothing',
      async () => {
        const bytes = pdfBytes('intake');
        const doc = await uploaded(vendor.token, bytes, '../../Baltic\u202Edrone proposal.pdf');
        expect(doc).toMatchObject({
          name: 'Balticdrone proposal.pdf',
          mediaType: 'application/pdf',
          sizeBytes: bytes.length,
          sha256: sha256(bytes),
          scanStatus: 'NOT_SCANNED',
        });
        const before = await stored();
        expect(before).toEqual({ documents: 1, objects: 1 });

        const spoofed = await upload(vendor.token, exeBytes(), 'brief.pdf', 'application/pdf');
        expect(spoofed.status).toBe(415);
        expect(spoofed.body).toMatchObject({
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message: expect.stringContaining('application/x-msdownload'),
        });

        const oversized = await upload(vendor.token, pdfBytes('big', store.maxBytes + 1), 'big.pdf');
        expect(oversized.status).toBe(413);
        expect(oversized.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining(String(store.maxBytes)) });
        const exactlyMax = await uploaded(vendor.token, pdfBytes('max', store.maxBytes), 'max.pdf');
        expect(exactlyMax.sizeBytes).toBe(store.maxBytes);
        await stack.app.get<DocumentStore>(DOCUMENT_STORE).delete(exactlyMax.id);
        await stack.db.query(`DELETE FROM document WHERE id = $1`, [exactlyMax.id]);

        const binary = await upload(vendor.token, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe]), 'notes.txt');
        expect(binary.status).toBe(415);
        const empty = await upload(vendor.token, Buffer.alloc(0), 'empty.pdf');
        expect(empty.status).toBe(400);
        expect(empty.body.code).toBe('BAD_USER_INPUT');

        const anonymous = await upload(undefined, bytes, 'a.pdf');
        expect(anonymous.status).toBe(401);
        expect(anonymous.body.code).toBe('UNAUTHENTICATED');
        const notMultipart = await request(stack.app.getHttpServer())
          .post('/documents')
          .set('authorization', `Bearer ${vendor.token}`)
          .set('content-type', 'application/json')
          .send({ file: 'x' });
        expect(notMultipart.status).toBe(400);
        expect(notMultipart.body.code).toBe('BAD_USER_INPUT');

        expect(await stored()).toEqual(before);
        // The uploader's organisation reads its unattached upload; nobody else does.
        expect((await download(doc.id, vendor.token)).body).toEqual(bytes);
        for (const outsider of [otherVendor, officer, admin]) expect((await download(doc.id, outsider.token)).status).toBe(404);
        expect((await download('not-an-id', vendor.token)).status).toBe(404);
      },
      SLOW,
    );

    it(
      'seals bid documents: hashed into the bid, hidden until close, then for the officer and accepted evaluators',
      async () => {
        const challenge = await publishedChallenge(stack.gql, officer, { blindEvaluation: true, evaluatorsPerSubmission: 2 }, 40);
        await gqlData(INVITE, { id: challenge.id, users: evaluators.map((e) => e.userId) }, officer.token);
        const first = await uploaded(vendor.token, pdfBytes('proposal v1'), 'Baltic Drone Works proposal.pdf');
        const secondBytes = pdfBytes('proposal v2', 300_000);
        const second = await uploaded(vendor.token, secondBytes, 'Baltic Drone Works proposal v2.pdf');
        const input = {
          challengeId: challenge.id,
          summary: 'Passive RF + EO detection',
          technicalApproach: 'sensor fusion',
          price: { amountMinor: 1_000_000, currency: 'EUR' },
          durationDays: 30,
        };
        const bid = (await gqlData(SUBMIT, { input: { ...input, documentIds: [first.id], idempotencyKey: 'bid-1' } }, vendor.token))
          .submitProposal;
        expect(bid.documents).toEqual([{ id: first.id, name: first.name, sha256: first.sha256 }]);
        // The documents are part of the content the idempotency key is bound to.
        expect(errorCode(await stack.gql(SUBMIT, { input: { ...input, idempotencyKey: 'bid-1' } }, vendor.token))).toBe('CONFLICT');
        expect(
          errorCode(await stack.gql(SUBMIT, { input: { ...input, documentIds: [second.id], idempotencyKey: 'bid-1' } }, vendor.token)),
        ).toBe('CONFLICT');
        const replay = await gqlData(SUBMIT, { input: { ...input, documentIds: [first.id], idempotencyKey: 'bid-1' } }, vendor.token);
        expect(replay.submitProposal.id).toBe(bid.id);

        // A revision replaces the documents, and the new SHA-256 changes the content hash.
        await gqlData(SUBMIT, { input: { ...input, documentIds: [second.id] } }, vendor.token);
        const hashes = await stack.db.query(
          `SELECT data->>'revision' AS revision, data->>'contentHash' AS hash FROM audit_event
          WHERE entity_id = $1 AND action IN ('submission.submitted', 'submission.revised') ORDER BY seq`,
          [bid.id],
        );
        expect(hashes.map((h: { revision: string }) => h.revision)).toEqual(['1', '2']);
        expect(hashes[0].hash).not.toBe(hashes[1].hash);
        const [revision2] = await stack.db.query(`SELECT content FROM submission_revision WHERE submission_id = $1 AND revision = 2`, [
          bid.id,
        ]);
        expect(revision2.content.documents).toEqual([{ name: second.name, sha256: sha256(secondBytes) }]);
        const mine = (await gqlData(SUBMISSION_DOCS, { id: bid.id }, vendor.token)).submission.documents;
        expect(mine).toEqual([
          {
            id: second.id,
            name: 'Baltic Drone Works proposal v2.pdf',
            mediaType: 'application/pdf',
            sizeBytes: secondBytes.length,
            sha256: sha256(secondBytes),
            scanStatus: 'NOT_SCANNED',
            downloadPath: `/documents/${second.id}`,
          },
        ]);
        // Someone else's document cannot be put into a bid: it looks missing.
        const foreign = await uploaded(otherVendor.token, pdfBytes('other'), 'other.pdf');
        expect(errorCode(await stack.gql(SUBMIT, { input: { ...input, documentIds: [foreign.id] } }, vendor.token))).toBe('NOT_FOUND');

        // Sealed: before close nobody but the vendor reads the bid's documents.
        expect((await download(second.id, vendor.token)).body).toEqual(secondBytes);
        for (const outsider of [officer, foreignOfficer, ...evaluators, uninvitedEvaluator, admin, otherVendor]) {
          expect((await download(second.id, outsider.token)).status).toBe(404);
          expect((await download(first.id, outsider.token)).status).toBe(404);
        }
        expect((await download(second.id)).status).toBe(404);

        // After close: the buyer's officers, and evaluators once they accepted the assignment.
        const assignments = await waitFor(async () => {
          const rows = await stack.db.query(`SELECT evaluator_user_id FROM evaluation_assignment WHERE submission_id = $1`, [bid.id]);
          return rows.length === 2 ? rows : null;
        }, 40_000);
        expect(assignments).toHaveLength(2);
        const officerDownload = await download(second.id, officer.token);
        expect(officerDownload.status).toBe(200);
        expect(officerDownload.body).toEqual(secondBytes);
        expect(officerDownload.headers).toMatchObject({
          'content-type': 'application/pdf',
          'x-content-type-options': 'nosniff',
          'x-document-sha256': sha256(secondBytes),
          'x-document-scan-status': 'NOT_SCANNED',
        });
        expect(officerDownload.headers['content-disposition']).toMatch(/^attachment; filename="Baltic Drone Works proposal v2.pdf"/);
        // The replaced revision's document is history: only the vendor keeps it.
        expect((await download(first.id, officer.token)).status).toBe(404);
        expect((await download(first.id, vendor.token)).status).toBe(200);

        const [accepting, idle] = evaluators;
        const assignment = (await gqlData(MY_ASSIGNMENTS, {}, accepting.token)).myAssignments.find(
          (a: { submission: { id: string } }) => a.submission.id === bid.id,
        );
        expect((await download(second.id, accepting.token)).status).toBe(404);
        await gqlData(ACCEPT, { id: assignment.id }, accepting.token);
        const blind = await download(second.id, accepting.token);
        expect(blind.status).toBe(200);
        expect(blind.body).toEqual(secondBytes);
        // Blind evaluation: the file name carries no vendor identity.
        expect(blind.headers['content-disposition']).toBe(
          `attachment; filename="bid-${bid.id.slice(0, 8)}-document-1.pdf"; filename*=UTF-8''bid-${bid.id.slice(0, 8)}-document-1.pdf`,
        );
        const evaluatorView = (await gqlData(SUBMISSION_DOCS, { id: bid.id }, accepting.token)).submission.documents;
        expect(evaluatorView[0].name).toBe(`bid-${bid.id.slice(0, 8)}-document-1.pdf`);
        for (const outsider of [idle, uninvitedEvaluator, foreignOfficer, admin, otherVendor]) {
          expect((await download(second.id, outsider.token)).status).toBe(404);
        }
      },
      SLOW,
    );

    it(
      'attaches challenge annexes: public ones for everyone, restricted ones for eligible vendors, all audited',
      async () => {
        const draft = await createChallenge(stack.gql, officer, {}, 3600);
        const publicBytes = Buffer.from('Annex A: test ranges and safety rules\n');
        const annex = await uploaded(officer.token, publicBytes, 'Annex A.txt');
        const restricted = await uploaded(officer.token, Buffer.from('site,lat,lon\nalpha,59.4,24.7\n'), 'sites.csv');
        expect(restricted.mediaType).toBe('text/csv');
        await gqlData(ATTACH, { c: draft.id, d: annex.id, v: 'PUBLIC' }, officer.token);
        const attached = await gqlData(ATTACH, { c: draft.id, d: restricted.id, v: 'RESTRICTED' }, officer.token);
        expect(attached.attachChallengeDocument.documents).toEqual([
          { id: annex.id, name: 'Annex A.txt', visibility: 'PUBLIC' },
          { id: restricted.id, name: 'sites.csv', visibility: 'RESTRICTED' },
        ]);
        expect((await download(annex.id)).status).toBe(404); // a draft is not visible yet
        await publish(stack.gql, officer, draft.id);

        const anonymous = await download(annex.id);
        expect(anonymous.status).toBe(200);
        expect(anonymous.body).toEqual(publicBytes);
        expect(anonymous.headers['content-type']).toBe('text/plain');
        const names = async (token?: string) =>
          (await gqlData(CHALLENGE_DOCS, { id: draft.id }, token)).challenge.documents.map((d: { name: string }) => d.name);
        expect(await names()).toEqual(['Annex A.txt']);
        expect(await names(unattestedVendor.token)).toEqual(['Annex A.txt']);
        expect(await names(vendor.token)).toEqual(['Annex A.txt', 'sites.csv']);
        expect(await names(officer.token)).toEqual(['Annex A.txt', 'sites.csv']);
        expect((await download(restricted.id, vendor.token)).status).toBe(200);
        for (const outsider of [undefined, unattestedVendor.token, foreignOfficer.token]) {
          expect((await download(restricted.id, outsider)).status).toBe(404);
        }

        // Only the buyer's officers manage annexes, only with their own uploads.
        const vendorDoc = await uploaded(vendor.token, pdfBytes('vendor'), 'vendor.pdf');
        expect(errorCode(await stack.gql(ATTACH, { c: draft.id, d: vendorDoc.id }, officer.token))).toBe('NOT_FOUND');
        expect(errorCode(await stack.gql(ATTACH, { c: draft.id, d: vendorDoc.id }, vendor.token))).toBe('FORBIDDEN');
        expect(errorCode(await stack.gql(DETACH, { c: draft.id, d: annex.id }, foreignOfficer.token))).toBe('NOT_FOUND');
        // The same annex twice is refused.
        expect(errorCode(await stack.gql(ATTACH, { c: draft.id, d: annex.id }, officer.token))).toBe('INVALID_STATE');

        // Open data: the public annex, with its hash and address, in tender.documents; nothing restricted.
        const releases = async () => {
          const res = await request(stack.app.getHttpServer()).get(`/ocds/challenges/${draft.id}/releases`);
          expect(res.status).toBe(200);
          expectValidPackage(res.body);
          return res.body.releases as { tag: string[]; tender: { documents?: Record<string, unknown>[] } }[];
        };
        const published = await releases();
        expect(published[0].tender.documents).toEqual([
          {
            id: annex.id,
            documentType: 'biddingDocuments',
            title: 'Annex A.txt',
            description: `SHA-256 ${sha256(publicBytes)}; ${publicBytes.length} bytes`,
            url: expect.stringMatching(new RegExp(`^http://.+/documents/${annex.id}$`)),
            datePublished: expect.any(String),
            format: 'text/plain',
          },
        ]);
        expect(JSON.stringify(published)).not.toContain(restricted.id);

        const detached = await gqlData(DETACH, { c: draft.id, d: annex.id }, officer.token);
        expect(detached.detachChallengeDocument.documents).toEqual([{ id: restricted.id }]);
        expect((await download(annex.id)).status).toBe(404);
        expect((await download(annex.id, officer.token)).status).toBe(200);
        const trail = await stack.db.query(
          `SELECT action, entity_id, data->>'ownerId' AS owner FROM audit_event WHERE action IN ('document.attached', 'document.detached') AND data->>'ownerId' = $1 ORDER BY seq`,
          [draft.id],
        );
        expect(trail).toEqual([
          { action: 'document.attached', entity_id: annex.id, owner: draft.id },
          { action: 'document.attached', entity_id: restricted.id, owner: draft.id },
          { action: 'document.detached', entity_id: annex.id, owner: draft.id },
        ]);
      },
      SLOW,
    );

    it(
      'sweeps an abandoned upload after its time, with its bytes, and leaves attached ones',
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 4500)); // earlier unattached uploads age first
        await runJob(stack, 'documents.sweep-unattached', {});
        const before = await stored();
        const abandoned = await uploaded(vendor.token, pdfBytes('abandoned'), 'abandoned.pdf');
        expect(await stored()).toEqual({ documents: before.documents + 1, objects: before.objects + 1 });
        const [{ attached }] = await stack.db.query(`SELECT count(*)::int AS attached FROM document WHERE owner_id IS NOT NULL`);
        await new Promise((resolve) => setTimeout(resolve, 4500));
        const result = (await runJob(stack, 'documents.sweep-unattached', {})) as { swept: number };
        expect(result.swept).toBe(1);
        expect(await stack.db.query(`SELECT id FROM document WHERE id = $1`, [abandoned.id])).toEqual([]);
        expect(await stored()).toEqual(before);
        expect((await download(abandoned.id, vendor.token)).status).toBe(404);
        expect(await stack.db.query(`SELECT count(*)::int AS attached FROM document WHERE owner_id IS NOT NULL`)).toEqual([{ attached }]);
      },
      SLOW,
    );
  });
}
