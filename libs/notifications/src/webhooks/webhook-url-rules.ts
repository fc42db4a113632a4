import { BlockList, isIP } from 'net';

/**
 * Where a webhook may point (docs/webhooks.md). In production: https only, and never a private,
 * loopback, link-local or otherwise internal address, so registering a webhook cannot make the
 * worker probe the network it runs in (SSRF). In development and test: https anywhere, or plain
 * http to this machine (localhost / 127.0.0.1 / ::1) for local receivers.
 * Pure functions; the resolved address is checked again at delivery (webhook-http.ts), because a
 * name may resolve to something else by then.
 */

const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata endpoints
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  INTERNAL.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['64:ff9b::', 96], // NAT64 of an IPv4 address
] as const) {
  INTERNAL.addSubnet(net, prefix, 'ipv6');
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** True for an address a production webhook must never reach (private, loopback, link-local, ...). */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return INTERNAL.check(mapped[1], 'ipv4');
    return INTERNAL.check(address, 'ipv6');
  }
  return INTERNAL.check(address, 'ipv4');
}

/** Every reason `raw` is not an acceptable webhook URL here; empty when it is. */
export function webhookUrlProblems(raw: string, production: boolean): string[] {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) return [`url must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`];
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return ['url must be an absolute http(s) URL'];
  }
  if (url.username || url.password) return ['url must not carry credentials'];
  const host = url.hostname.toLowerCase();
  const local = LOCAL_HOSTS.has(host);
  if (production) {
    if (url.protocol !== 'https:') return ['url must use https'];
    const literal = host.startsWith('[') ? host.slice(1, -1) : host;
    if (local || host.endsWith('.localhost') || isInternalAddress(literal)) return ['url must not point to a private or internal address'];
    return [];
  }
  if (url.protocol === 'https:') return [];
  if (url.protocol === 'http:' && local) return [];
  return ['url must use https (plain http only to localhost outside production)'];
}
