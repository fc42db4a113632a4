import { lookup as dnsLookup, LookupAddress } from 'dns';
import http from 'http';
import https from 'https';
import { LookupFunction } from 'net';

import { isInternalAddress } from './webhook-url-rules';

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** Production: refuse to connect to an internal address, whatever the name resolved to (DNS rebinding). */
  refuseInternal: boolean;
}

export interface WebhookAnswer {
  statusCode: number | null;
  error: string | null;
}

/** Resolves like dns.lookup, then refuses internal addresses: checked on the address actually dialled. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const allowed = addresses.filter((a) => !isInternalAddress(a.address));
    if (!allowed.length) return callback(new Error(`${hostname} resolves to an internal address`), '', 0);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
    callback(null, allowed[0].address, allowed[0].family);
  });
};

/**
 * One POST, never following redirects, bounded by timeoutMs from start to the end of the answer.
 * Never throws: the outcome is an HTTP status or an error text for the delivery row.
 */
export function postWebhook(request: WebhookRequest): Promise<WebhookAnswer> {
  const url = new URL(request.url);
  // An address literal is dialled without a lookup, so it is checked here rather than in publicOnlyLookup.
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (request.refuseInternal && isInternalAddress(literal))
    return Promise.resolve({ statusCode: null, error: `${url.hostname} is an internal address` });
  return new Promise((resolve) => {
    const transport = url.protocol === 'https:' ? https : http;
    let settled = false;
    const finish = (answer: WebhookAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
    };
    const req = transport.request(
      url,
      {
        method: 'POST',
        headers: { ...request.headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(request.body)) },
        agent: false,
        ...(request.refuseInternal ? { lookup: publicOnlyLookup } : {}),
      },
      (res) => {
        // The answer's body is not kept; it is read (and dropped) so the request completes.
        res.on('data', () => undefined);
        res.on('end', () => finish({ statusCode: res.statusCode ?? null, error: null }));
        res.on('error', (error) => finish({ statusCode: res.statusCode ?? null, error: error.message }));
      },
    );
    const timer = setTimeout(() => {
      finish({ statusCode: null, error: `timed out after ${request.timeoutMs} ms` });
      req.destroy();
    }, request.timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) =>
      finish({ statusCode: null, error: error.code ? `${error.code}: ${error.message}` : error.message }),
    );
    req.end(request.body);
  });
}
