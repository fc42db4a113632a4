import { createServer, Server } from 'http';
import { AddressInfo } from 'net';

import { postWebhook } from './webhook-http';

describe('postWebhook', () => {
  let server: Server;
  let port: number;
  const seen: { headers: Record<string, unknown>; body: string }[] = [];
  let answer: (res: import('http').ServerResponse) => void = (res) => res.writeHead(204).end();

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push({ headers: req.headers, body: Buffer.concat(chunks).toString() });
        answer(res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (url: string, refuseInternal = false, timeoutMs = 2000) =>
    postWebhook({ url, body: '{"a":1}', headers: { 'x-sprintgate-event': 'BID_RECEIVED' }, timeoutMs, refuseInternal });

  it('POSTs the JSON body with its headers and returns the status', async () => {
    expect(await send(`http://127.0.0.1:${port}/in`)).toEqual({ statusCode: 204, error: null });
    expect(seen.at(-1)).toMatchObject({
      body: '{"a":1}',
      headers: { 'content-type': 'application/json', 'x-sprintgate-event': 'BID_RECEIVED' },
    });
  });

  it('does not follow redirects', async () => {
    answer = (res) => res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
    expect(await send(`http://127.0.0.1:${port}/in`)).toEqual({ statusCode: 302, error: null });
  });

  it('gives up after the timeout', async () => {
    answer = () => undefined; // never answers
    const started = Date.now();
    expect(await send(`http://127.0.0.1:${port}/in`, false, 300)).toEqual({ statusCode: null, error: 'timed out after 300 ms' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses internal targets in production, by literal and by resolved name (SSRF)', async () => {
    const before = seen.length;
    expect((await send(`http://127.0.0.1:${port}/in`, true)).error).toBe('127.0.0.1 is an internal address');
    expect((await send(`http://[::1]:${port}/in`, true)).error).toBe('[::1] is an internal address');
    expect((await send(`http://localhost:${port}/in`, true)).error).toBe('localhost resolves to an internal address');
    expect(seen.length).toBe(before);
  });

  it('reports a refused connection as an error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port: free } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect((await send(`http://127.0.0.1:${free}/in`)).error).toMatch(/^ECONNREFUSED/);
  });
});
