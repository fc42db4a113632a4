import { startTestStack, TestStack } from '@app/testing';
import { createServer } from 'net';
import request from 'supertest';

import { EICAR, FakeClamd, startFakeClamd } from '../libs/documents/test-support/fake-clamd';
import { Party, registerVendor } from '../libs/solicitations/test-support/marketplace-fixtures';

/** Malware scanning over clamd's INSTREAM protocol, against a protocol-speaking stand-in (see fake-clamd.ts). */
describe('document scanning with CLAMAV_HOST (e2e)', () => {
  let clamd: FakeClamd;
  let stack: TestStack;
  let vendor: Party;

  const upload = (bytes: Buffer, filename: string) =>
    request(stack.app.getHttpServer()).post('/documents').set('authorization', `Bearer ${vendor.token}`).attach('file', bytes, filename);
  const documents = async () => (await stack.db.query(`SELECT count(*)::int AS n FROM document`))[0].n;

  beforeAll(async () => {
    clamd = await startFakeClamd();
    stack = await startTestStack({ env: { CLAMAV_HOST: '127.0.0.1', CLAMAV_PORT: String(clamd.port), CLAMAV_TIMEOUT_MS: '20000' } });
    vendor = await registerVendor(stack.gql);
  }, 240_000);
  afterAll(async () => {
    await stack?.close();
    await clamd?.close();
  });

  it('marks a clean upload CLEAN, and refuses and deletes an infected one, telling the uploader why', async () => {
    const clean = await upload(Buffer.from('Delivery report: all tests passed.\n'.repeat(20_000)), 'report.txt');
    expect(clean.status).toBe(201);
    expect(clean.body).toMatchObject({ mediaType: 'text/plain', scanStatus: 'CLEAN' });
    expect(clamd.scanned).toBe(1);
    const [row] = await stack.db.query(`SELECT scan_status, state FROM document WHERE id = $1`, [clean.body.id]);
    expect(row).toEqual({ scan_status: 'CLEAN', state: 'READY' });

    const infected = await upload(Buffer.from(`${EICAR}\n`), 'invoice.txt');
    expect(infected.status).toBe(422);
    expect(infected.body).toMatchObject({ code: 'INFECTED', message: expect.stringContaining('Eicar-Test-Signature') });
    expect(clamd.scanned).toBe(2);
    expect(await documents()).toBe(1);
    expect(await stack.db.query(`SELECT count(DISTINCT document_id)::int AS n FROM document_chunk`)).toEqual([{ n: 1 }]);
    const [event] = await stack.db.query(`SELECT actor_id, data FROM audit_event WHERE action = 'document.infected'`);
    expect(event).toEqual({ actor_id: vendor.userId, data: { signature: 'Eicar-Test-Signature' } });
  }, 240_000);

  it('keeps nothing and says so when the scanner cannot be reached', async () => {
    await clamd.close();
    // Something listening that is not clamd: it hangs up at once.
    const rude = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => rude.listen(clamd.port, '127.0.0.1', resolve));
    try {
      const res = await upload(Buffer.from('plain text\n'), 'note.txt');
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('SCANNER_UNAVAILABLE');
      expect(await documents()).toBe(1);
    } finally {
      await new Promise((resolve) => rude.close(resolve));
    }
  }, 240_000);
});
