import { timingSafeEqual } from 'crypto';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Who may read /metrics (API and worker): with METRICS_TOKEN set, a request carrying
 * `Authorization: Bearer <token>`; without it, only a client on the loopback interface (the socket's
 * own address, never a forwarded header), so an operator scrapes through a sidecar or sets a token.
 */
export function mayReadMetrics(token: string, authorization: string | undefined, remoteAddress: string | undefined): boolean {
  if (!token) return remoteAddress !== undefined && LOOPBACK.has(remoteAddress);
  const presented = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '';
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
