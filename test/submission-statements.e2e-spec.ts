import { AuditChainer } from '@app/core';
import { AttestationService, readCurrentAttestation } from '@app/sovereignty';
import { startTestStack, TestStack } from '@app/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import {
  adminLogin,
  attest,
  attestationInput,
  createBuyerUser,
  Party,
  publishedChallenge,
  registerVendor,
} from '../libs/solicitations/test-support/marketplace-fixtures';
import { NATO_T4_ANSWERS } from '../libs/sovereignty/test-support/attestation-fixtures';

const SUBMIT = `mutation S($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }`;

/** What a statement is, for readable assertions (its first words, or the CTE's first write). */
const kind = (sql: string) => {
  const text = sql.replace(/\s+/g, ' ').trim();
  if (text.startsWith('WITH revised AS ( UPDATE submission')) return 'write bid';
  if (/^SELECT u\.id, u\.organisation_id/.test(text)) return 'actor';
  if (/FROM "organisation"/.test(text)) return 'organisation';
  if (/FROM "?attestation"?/.test(text)) return 'attestation';
  if (/FROM challenge c WHERE/.test(text) && /FOR UPDATE/.test(text)) return 'lock challenge';
  if (/clock_timestamp\(\)/.test(text)) return 'clock';
  if (/^SELECT date_trunc\('milliseconds', now\(\)\)/.test(text)) return 'now';
  if (/FROM "submission_request"/.test(text)) return 'idempotency';
  if (/FROM "document_attachment"/.test(text)) return 'live documents';
  if (text.startsWith('INSERT INTO audit_event')) return 'audit';
  return text.split(' ').slice(0, 2).join(' ');
};

/**
 * The write path's cost in statements (each one a round trip, and on this path the API's main CPU
 * cost): a submitProposal sends a fixed, small number of statements, asserted here so that a
 * change adding one is a decision, not an accident. Behaviour, not time: no timing is asserted.
 */
describe('submitProposal statements (e2e)', () => {
  let stack: TestStack;
  let vendor: Party;
  let challengeId: string;
  const statements: string[] = [];
  const original = Client.prototype.query;

  const bidInput = (overrides: Record<string, unknown> = {}) => ({
    challengeId,
    summary: 'Passive RF detection',
    technicalApproach: 'Software-defined radios.',
    price: { amountMinor: 1_000_000, currency: 'EUR' },
    durationDays: 30,
    ...overrides,
  });
  const submit = async (overrides: Record<string, unknown> = {}) => {
    statements.length = 0;
    const res = await stack.gql(SUBMIT, { input: bidInput(overrides) }, vendor.token);
    expect(res.errors).toBeUndefined();
    return { id: res.data!.submitProposal.id as string, sent: statements.map(kind) };
  };

  beforeAll(async () => {
    stack = await startTestStack();
    const admin = await adminLogin(stack.gql);
    const officer = await createBuyerUser(stack.gql, admin);
    vendor = await registerVendor(stack.gql, { country: 'EE' });
    await attest(stack.gql, vendor, NATO_T4_ANSWERS);
    challengeId = (await publishedChallenge(stack.gql, officer, { classification: 'NATO_UNCLASSIFIED', requiredTier: 'T2', smeOnly: true }))
      .id;
    await stack.app.get(AuditChainer).onModuleDestroy(); // no background linking rounds while counting
    (Client.prototype as any).query = function (this: Client, ...args: any[]) {
      const config = args[0];
      statements.push(typeof config === 'string' ? config : (config?.text ?? ''));
      return (original as any).apply(this, args);
    };
  });
  afterAll(async () => {
    Client.prototype.query = original;
    await stack.close();
  });

  // In the transaction: the challenge lock (which also reads both clocks), then one statement for
  // the bid, its revision, its idempotency record and its audit event. Before it, only the actor's
  // statement, which carries the vendor's standing (organisation and current attestation, with the
  // database clock its effective status is judged by).
  const inTransaction = ['START TRANSACTION', 'lock challenge', 'write bid', 'COMMIT'];

  it("creates a bid in 6 statements, the attestation's answers read once as this process first meets it", async () => {
    const { id, sent } = await submit();
    expect(sent).toEqual(['actor', 'attestation', ...inTransaction]);
    const revisions = await stack.db.query(`SELECT revision FROM submission_revision WHERE submission_id = $1`, [id]);
    expect(revisions).toEqual([{ revision: 1 }]);
    const [event] = await stack.db.query(`SELECT action, actor_id, entity_type, data FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [
      id,
    ]);
    const [bid] = await stack.db.query(`SELECT submitted_by_user_id, attestation_hash FROM submission WHERE id = $1`, [id]);
    expect(event).toEqual({
      action: 'submission.submitted',
      actor_id: bid.submitted_by_user_id,
      entity_type: 'Submission',
      data: { challengeId, revision: 1, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/), attestationHash: bid.attestation_hash },
    });
  });

  it('revises it in 5 statements: the actor and the transaction (a bid with documents has them replaced in one more)', async () => {
    const { id, sent } = await submit({ summary: 'Revised' });
    expect(sent).toEqual(['actor', ...inTransaction]);
    const [row] = await stack.db.query(`SELECT summary, revision, status FROM submission WHERE id = $1`, [id]);
    expect(row).toEqual({ summary: 'Revised', revision: 2, status: 'SUBMITTED' });
    const revisions = await stack.db.query(
      `SELECT revision, content->>'summary' AS summary FROM submission_revision WHERE submission_id = $1 ORDER BY revision`,
      [id],
    );
    expect(revisions).toEqual([
      { revision: 1, summary: 'Passive RF detection' },
      { revision: 2, summary: 'Revised' },
    ]);
    const actions = await stack.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['submission.submitted', 'submission.revised']);
  });

  it('records an idempotency key in the same write: 6 statements, and a retry writes nothing', async () => {
    const first = await submit({ summary: 'Keyed', idempotencyKey: 'bid-3' });
    expect(first.sent).toEqual(['actor', 'START TRANSACTION', 'lock challenge', 'idempotency', 'write bid', 'COMMIT']);
    const [request] = await stack.db.query(`SELECT submission_id, revision FROM submission_request WHERE idempotency_key = 'bid-3'`);
    expect(request).toEqual({ submission_id: first.id, revision: 3 });

    const retry = await submit({ summary: 'Keyed', idempotencyKey: 'bid-3' });
    expect(retry.id).toBe(first.id);
    expect(retry.sent).not.toContain('write bid');
    expect(retry.sent).not.toContain('audit');
    const [row] = await stack.db.query(`SELECT revision FROM submission WHERE id = $1`, [first.id]);
    expect(row.revision).toBe(3);
  });

  it('judges a bid by an attestation submitted earlier in the same request, not by the standing read with the actor', async () => {
    const res = await stack.gql(
      `mutation Both($attestation: SubmitAttestationInput!, $bid: SubmitProposalInput!) {
        submitAttestation(input: $attestation) { id hash }
        submitProposal(input: $bid) { id }
      }`,
      { attestation: attestationInput(NATO_T4_ANSWERS), bid: bidInput({ summary: 'After re-attesting' }) },
      vendor.token,
    );
    expect(res.errors).toBeUndefined();
    const [bid] = await stack.db.query(`SELECT attestation_id, attestation_hash FROM submission WHERE id = $1`, [
      res.data!.submitProposal.id,
    ]);
    expect(bid).toEqual({ attestation_id: res.data!.submitAttestation.id, attestation_hash: res.data!.submitAttestation.hash });
  });

  it("reads the standing's attestation as currentForOrganisation does, expired or not", async () => {
    const read = () => readCurrentAttestation(stack.app.get(DataSource), vendor.organisationId);
    const attestations = stack.app.get(AttestationService);
    const active = await read();
    expect(active?.status).toBe('ACTIVE');
    expect(active).toEqual(await attestations.currentForOrganisation(vendor.organisationId));
    // Past its expiry (the expiry job has not run): EXPIRED from the clock read with it.
    const [{ expires_at: expiresAt }] = await stack.db.query(
      `SELECT expires_at FROM attestation WHERE vendor_organisation_id = $1 AND status = 'ACTIVE'`,
      [vendor.organisationId],
    );
    await stack.db.query(
      `UPDATE attestation SET expires_at = now() - interval '1 minute' WHERE vendor_organisation_id = $1 AND status = 'ACTIVE'`,
      [vendor.organisationId],
    );
    try {
      const expired = await read();
      expect(expired?.status).toBe('EXPIRED');
      expect(expired).toEqual(await attestations.currentForOrganisation(vendor.organisationId));
    } finally {
      await stack.db.query(`UPDATE attestation SET expires_at = $2 WHERE vendor_organisation_id = $1 AND status = 'ACTIVE'`, [
        vendor.organisationId,
        expiresAt,
      ]);
    }
    expect(await readCurrentAttestation(stack.app.get(DataSource), '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
