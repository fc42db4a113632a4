import { AttestationExpiryJob, attestationHash, CRITERIA } from '@app/sovereignty';
import { errorCode, startTestStack, TEST_ADMIN, TestStack } from '@app/testing';

import { NATO_T4_ANSWERS, toAnswerInputs, withAnswers } from '../libs/sovereignty/test-support/attestation-fixtures';

const REGISTER = `mutation R($input: RegisterVendorInput!) { registerVendor(input: $input) { accessToken user { id organisation { id } } } }`;
const LOGIN = `mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const FIELDS = `id version status signatoryName signedAt expiresAt hash vendor { id name }
  answers { code value evidence verified }
  nato: assessment(trusted: NATO) { trusted tier gaps { code tier reason } }
  eu: assessment(trusted: EU_EEA) { trusted tier gaps { code tier reason } }`;
const SUBMIT = `mutation S($input: SubmitAttestationInput!) { submitAttestation(input: $input) { ${FIELDS} } }`;
const READ = `query A($id: ID!) { attestation(id: $id) { ${FIELDS} } }`;
const MINE = `{ myAttestation { ${FIELDS} } }`;
const VERIFY = `mutation V($id: ID!, $codes: [String!]!) { verifyAttestationCriteria(attestationId: $id, codes: $codes) { status answers { code verified } } }`;
const CHALLENGE = `mutation C($id: ID!, $reason: String!) { challengeAttestation(attestationId: $id, reason: $reason) { status nato: assessment(trusted: NATO) { tier gaps { code } } } }`;
const REVOKE = `mutation X($id: ID!, $reason: String!) { revokeAttestation(attestationId: $id, reason: $reason) { status } }`;
const TRAIL = `query T($id: String!) { auditTrail(entityType: "Attestation", entityId: $id) { action actorId data } }`;

const DAY_MS = 24 * 60 * 60 * 1000;
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

describe('sovereignty (e2e)', () => {
  let stack: TestStack;
  let adminToken: string;
  let officer: { id: string; token: string };
  let vendorA: { orgId: string; token: string };
  let vendorB: { orgId: string; token: string };
  let firstId: string;
  let secondId: string;

  const attestationCount = async (orgId: string) =>
    (await stack.db.query(`SELECT count(*)::int AS n FROM attestation WHERE vendor_organisation_id = $1`, [orgId]))[0].n as number;
  const registerVendor = async (name: string, email: string) => {
    const res = await stack.gql(REGISTER, {
      input: {
        organisationName: name,
        country: 'DE',
        headcount: 20,
        annualTurnoverEur: 4_000_000,
        balanceSheetEur: 3_000_000,
        email,
        password: 'vendor-password-1',
        displayName: `${name} signatory`,
      },
    });
    expect(res.errors).toBeUndefined();
    return { orgId: res.data?.registerVendor.user.organisation.id as string, token: res.data?.registerVendor.accessToken as string };
  };
  const submit = (token: string, answers = NATO_T4_ANSWERS, signatoryName = 'Jane Doe, CEO') =>
    stack.gql(
      SUBMIT,
      {
        input: {
          answers: toAnswerInputs(answers).map((a) => (a.code === 'OS-2' ? { ...a, evidence: 'Commercial register extract 2026-02' } : a)),
          signatoryName,
        },
      },
      token,
    );

  beforeAll(async () => {
    stack = await startTestStack();
    adminToken = (await stack.gql(LOGIN, TEST_ADMIN)).data?.login.accessToken;
    const buyer = await stack.gql(
      `mutation { createBuyerOrganisation(input: { name: "Defence Procurement Agency", country: "NL" }) { id } }`,
      {},
      adminToken,
    );
    const created = await stack.gql(
      `mutation C($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          organisationId: buyer.data?.createBuyerOrganisation.id,
          email: 'officer@dpa.nl',
          password: 'procurement-lead-pw-1',
          displayName: 'Officer',
          roles: ['OFFICER'],
        },
      },
      adminToken,
    );
    officer = {
      id: created.data?.createUser.id,
      token: (await stack.gql(LOGIN, { email: 'officer@dpa.nl', password: 'procurement-lead-pw-1' })).data?.login.accessToken,
    };
    vendorA = await registerVendor('Atlantic Cloud', 'ceo@atlantic.example');
    vendorB = await registerVendor('Baltic Drones', 'ceo@baltic.example');
  });
  afterAll(() => stack.close());

  it('serves the catalogue 2026.1 publicly, in catalogue order', async () => {
    const res = await stack.gql(`{ sovereigntyCriteria { code pillar question answerType options } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.sovereigntyCriteria).toHaveLength(23);
    expect(res.data?.sovereigntyCriteria).toEqual(CRITERIA.map((c) => ({ ...c, options: c.options ? [...c.options] : null })));
  });

  it('signs an attestation: version 1, ACTIVE for 365 days, hashed, its expiry left to the periodic sweep', async () => {
    const res = await submit(vendorA.token);
    expect(res.errors).toBeUndefined();
    const a = res.data?.submitAttestation;
    firstId = a.id;
    expect(a).toMatchObject({
      version: 1,
      status: 'ACTIVE',
      signatoryName: 'Jane Doe, CEO',
      vendor: { id: vendorA.orgId, name: 'Atlantic Cloud' },
    });
    expect(new Date(a.expiresAt).getTime() - new Date(a.signedAt).getTime()).toBe(365 * DAY_MS);
    expect(a.answers.map((x: { code: string }) => x.code)).toEqual(CRITERIA.map((c) => c.code));
    expect(a.answers.find((x: { code: string }) => x.code === 'OS-2')).toEqual({
      code: 'OS-2',
      value: NATO_T4_ANSWERS['OS-2'],
      evidence: 'Commercial register extract 2026-02',
      verified: false,
    });

    const signed = a.answers.map(({ code, value, evidence }: { code: string; value: unknown; evidence: string | null }) => ({
      code,
      value,
      evidence,
    }));
    expect(a.hash).toBe(
      attestationHash({ vendorId: vendorA.orgId, catalogueVersion: '2026.1', answers: signed, signedAt: new Date(a.signedAt) }),
    );

    // Expiry is the periodic sweep's work: no year-long delayed job sits in the outbox's backlog.
    const far = await stack.db.query(`SELECT id FROM outbox_event WHERE run_at > now() + interval '30 days'`);
    expect(far).toEqual([]);
  });

  it('assesses the same answers against NATO (T4) and the EU/EEA (T0, US locations named)', async () => {
    const a = (await stack.gql(MINE, {}, vendorA.token)).data?.myAttestation;
    expect(a.nato).toEqual({ trusted: 'NATO', tier: 'T4', gaps: [] });
    expect(a.eu.trusted).toBe('EU_EEA');
    expect(a.eu.tier).toBe('T0');
    expect(a.eu.gaps.map((g: { code: string; tier: string }) => [g.code, g.tier])).toEqual([
      ['DS-1', 'T1'],
      ['DS-2', 'T1'],
      ['OS-1', 'T1'],
    ]);
    expect(a.eu.gaps[0].reason).toBe('DS-1 lists US, outside EU/EEA');
  });

  it('refuses an attestation with one wrong answer, naming that criterion, and stores nothing', async () => {
    const before = await attestationCount(vendorA.orgId);
    const res = await submit(vendorA.token, withAnswers(NATO_T4_ANSWERS, { 'OS-7': 'TOP_SECRET_ISH' }));
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain(
      "OS-7: 'TOP_SECRET_ISH' is not one of NONE, NATO_CONFIDENTIAL, NATO_SECRET, COSMIC_TOP_SECRET",
    );
    expect(res.errors?.[0].extensions?.problems).toEqual([
      "OS-7: 'TOP_SECRET_ISH' is not one of NONE, NATO_CONFIDENTIAL, NATO_SECRET, COSMIC_TOP_SECRET",
    ]);
    expect(await attestationCount(vendorA.orgId)).toBe(before);

    const several = await submit(vendorA.token, withAnswers(NATO_T4_ANSWERS, { 'DS-1': ['de'], 'TS-3': undefined }));
    expect(several.errors?.[0].extensions?.problems).toEqual([expect.stringMatching(/^DS-1: /), 'TS-3: not answered']);
    expect(errorCode(await submit(vendorA.token, NATO_T4_ANSWERS, '   '))).toBe('BAD_USER_INPUT');
    expect(await attestationCount(vendorA.orgId)).toBe(before);
  });

  it('supersedes version 1 on resubmission; version 1 stays readable', async () => {
    const res = await submit(vendorA.token, withAnswers(NATO_T4_ANSWERS, { 'TS-2': 'MONTHS' }));
    expect(res.errors).toBeUndefined();
    secondId = res.data?.submitAttestation.id;
    expect(res.data?.submitAttestation).toMatchObject({
      version: 2,
      status: 'ACTIVE',
      nato: { tier: 'T3', gaps: [{ code: 'TS-2', tier: 'T4', reason: 'TS-2 is MONTHS, needs PERMANENT_AIR_GAP' }] },
    });

    const first = await stack.gql(READ, { id: firstId }, vendorA.token);
    expect(first.data?.attestation).toMatchObject({
      id: firstId,
      version: 1,
      status: 'SUPERSEDED',
      nato: { tier: null, gaps: [{ code: 'ATTESTATION', tier: 'T0' }] },
    });
    expect((await stack.gql(MINE, {}, vendorA.token)).data?.myAttestation.id).toBe(secondId);
    const trail = await stack.gql(TRAIL, { id: firstId }, adminToken);
    expect(trail.data?.auditTrail.map((e: { action: string }) => e.action)).toEqual(['attestation.submitted', 'attestation.superseded']);
  });

  it('hides an attestation from another vendor exactly like a missing one', async () => {
    const foreign = await stack.gql(READ, { id: secondId }, vendorB.token);
    const missing = await stack.gql(READ, { id: MISSING_ID }, vendorB.token);
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect(errorCode(await stack.gql(READ, { id: 'not-a-uuid' }, vendorB.token))).toBe('NOT_FOUND');
    expect((await stack.gql(MINE, {}, vendorB.token)).data?.myAttestation).toBeNull();
    expect(errorCode(await stack.gql(READ, { id: secondId }))).toBe('UNAUTHENTICATED');
    expect((await stack.gql(READ, { id: secondId }, officer.token)).data?.attestation.version).toBe(2);
  });

  it("lists the caller's own versions, newest first, and no one else's", async () => {
    const HISTORY = `{ myAttestationHistory { id version status } }`;
    expect((await stack.gql(HISTORY, {}, vendorA.token)).data?.myAttestationHistory).toEqual([
      { id: secondId, version: 2, status: 'ACTIVE' },
      { id: firstId, version: 1, status: 'SUPERSEDED' },
    ]);
    expect((await stack.gql(HISTORY, {}, vendorB.token)).data?.myAttestationHistory).toEqual([]);
    expect(errorCode(await stack.gql(HISTORY, {}, officer.token))).toBe('FORBIDDEN');
    expect(errorCode(await stack.gql(HISTORY))).toBe('UNAUTHENTICATED');
  });

  it('lets two concurrent submissions of one vendor become two versions, one in force', async () => {
    const results = await Promise.all([submit(vendorB.token), submit(vendorB.token)]);
    for (const res of results) expect(res.errors).toBeUndefined();
    const rows = await stack.db.query(`SELECT version, status FROM attestation WHERE vendor_organisation_id = $1 ORDER BY version`, [
      vendorB.orgId,
    ]);
    expect(rows).toEqual([
      { version: 1, status: 'SUPERSEDED' },
      { version: 2, status: 'ACTIVE' },
    ]);
  });

  it('lets an officer verify and challenge, and only an admin revoke, each audited', async () => {
    expect(errorCode(await stack.gql(CHALLENGE, { id: secondId, reason: 'self-challenge' }, vendorA.token))).toBe('FORBIDDEN');

    const unknown = await stack.gql(VERIFY, { id: secondId, codes: ['OS-2', 'XX-9'] }, officer.token);
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].message).toContain('XX-9');
    const verified = await stack.gql(VERIFY, { id: secondId, codes: ['OS-2', 'OS-6'] }, officer.token);
    expect(verified.errors).toBeUndefined();
    // Need-to-know: this vendor has no bid on a closed challenge of the officer's buyer, so the
    // officer reads no answers; an admin sees the flags.
    expect(verified.data?.verifyAttestationCriteria.answers).toEqual([]);
    const asAdmin = await stack.gql(READ, { id: secondId }, adminToken);
    const flags = Object.fromEntries(
      asAdmin.data?.attestation.answers.map((a: { code: string; verified: boolean }) => [a.code, a.verified]),
    );
    expect(flags).toMatchObject({ 'OS-2': true, 'OS-6': true, 'OS-7': false, 'DS-1': false });

    expect(errorCode(await stack.gql(CHALLENGE, { id: secondId, reason: '   ' }, officer.token))).toBe('BAD_USER_INPUT');
    const challenged = await stack.gql(
      CHALLENGE,
      { id: secondId, reason: 'OS-7 facility clearance not on the NSA register' },
      officer.token,
    );
    expect(challenged.data?.challengeAttestation).toEqual({ status: 'CHALLENGED', nato: { tier: null, gaps: [{ code: 'ATTESTATION' }] } });
    expect(errorCode(await stack.gql(CHALLENGE, { id: secondId, reason: 'again' }, officer.token))).toBe('INVALID_STATE');

    expect(errorCode(await stack.gql(REVOKE, { id: secondId, reason: 'officers may not' }, officer.token))).toBe('FORBIDDEN');
    const revoked = await stack.gql(REVOKE, { id: secondId, reason: 'Ownership misrepresented: 60 % holder undisclosed' }, adminToken);
    expect(revoked.data?.revokeAttestation.status).toBe('REVOKED');
    expect(errorCode(await stack.gql(REVOKE, { id: secondId, reason: 'twice' }, adminToken))).toBe('INVALID_STATE');
    expect(errorCode(await stack.gql(VERIFY, { id: secondId, codes: ['TS-7'] }, officer.token))).toBe('INVALID_STATE');
    expect(errorCode(await stack.gql(REVOKE, { id: MISSING_ID, reason: 'x' }, adminToken))).toBe('NOT_FOUND');
    // The vendor still sees its revoked attestation (newest not superseded).
    expect((await stack.gql(MINE, {}, vendorA.token)).data?.myAttestation).toMatchObject({ id: secondId, status: 'REVOKED' });

    const trail = (await stack.gql(TRAIL, { id: secondId }, adminToken)).data?.auditTrail;
    expect(trail).toEqual([
      expect.objectContaining({ action: 'attestation.submitted' }),
      {
        action: 'attestation.criteria-verified',
        actorId: officer.id,
        data: { codes: ['OS-2', 'OS-6'], verifierId: officer.id, version: 2 },
      },
      expect.objectContaining({
        action: 'attestation.challenged',
        actorId: officer.id,
        data: { reason: 'OS-7 facility clearance not on the NSA register', version: 2 },
      }),
      expect.objectContaining({
        action: 'attestation.revoked',
        data: { reason: 'Ownership misrepresented: 60 % holder undisclosed', previousStatus: 'CHALLENGED', version: 2 },
      }),
    ]);
    const chain = await stack.gql(`{ verifyAuditChain { valid } }`, {}, adminToken);
    expect(chain.data?.verifyAuditChain.valid).toBe(true);
  });

  it('reads EXPIRED past the expiry before the job runs, and the worker sweep stores it', async () => {
    const vendorC = await registerVendor('Cascade Systems', 'ceo@cascade.example');
    const id = (await submit(vendorC.token)).data?.submitAttestation.id as string;
    await stack.db.query(`UPDATE attestation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);

    const read = await stack.gql(READ, { id }, vendorC.token);
    expect(read.data?.attestation).toMatchObject({ status: 'EXPIRED', nato: { tier: null, gaps: [{ code: 'ATTESTATION', tier: 'T0' }] } });
    const [stored] = await stack.db.query(`SELECT status FROM attestation WHERE id = $1`, [id]);
    expect(stored.status).toBe('ACTIVE');
    expect(errorCode(await stack.gql(CHALLENGE, { id, reason: 'too late' }, officer.token))).toBe('INVALID_STATE');

    const worker = await stack.startWorker();
    const jobs = worker.get(AttestationExpiryJob);
    await jobs.sweep(); // the worker's own recurring sweep may have got there first: either way it is stored once
    const [after] = await stack.db.query(`SELECT status FROM attestation WHERE id = $1`, [id]);
    expect(after.status).toBe('EXPIRED');
    expect(await jobs.expire({ attestationId: id })).toEqual({ expired: false });
    const trail = (await stack.gql(TRAIL, { id }, adminToken)).data?.auditTrail;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['attestation.submitted', 'attestation.expired']);
    // Attestations not yet due are untouched by the sweep.
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM attestation WHERE status = 'EXPIRED'`);
    expect(n).toBe(1);
  });
});
