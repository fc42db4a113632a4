import { createHmac, timingSafeEqual } from 'crypto';
import { createServer, IncomingHttpHeaders, Server } from 'http';
import { AddressInfo } from 'net';

/** One request a receiver got, with whether its signature verified. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; kind: string; occurredAt: string; data: Record<string, unknown> };
  verified: boolean;
}

/**
 * The receiver's check from docs/webhooks.md, written independently of the sender's code: HMAC-SHA256
 * of "<t>.<raw body>" with the secret, compared in constant time, the timestamp within 5 minutes.
 */
export function verifySprintgateSignature(secret: string, rawBody: string, header: string | undefined): boolean {
  const fields = Object.fromEntries((header ?? '').split(',').map((kv) => kv.split('=', 2)));
  const t = Number(fields.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300 || !/^[0-9a-f]{64}$/.test(fields.v1 ?? '')) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  return timingSafeEqual(expected, Buffer.from(fields.v1, 'hex'));
}

/**
 * A real HTTP receiver on 127.0.0.1: answers `status()` (200 by default, 401 when the signature does
 * not verify against `secret`), records every request. `port` may be fixed to come back on the
 * same address after being down.
 */
export async function startWebhookReceiver(options: { port?: number; secret?: () => string; status?: () => number } = {}) {
  const received: ReceivedWebhook[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const secret = options.secret?.();
      const verified = !!secret && verifySprintgateSignature(secret, body, req.headers['x-sprintgate-signature'] as string | undefined);
      received.push({ headers: req.headers, body, json: JSON.parse(body), verified });
      res.statusCode = secret && !verified ? 401 : (options.status?.() ?? 200);
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A free port nobody listens on (yet): a receiver that is down. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
