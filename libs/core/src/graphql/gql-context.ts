import { FastifyReply, FastifyRequest } from 'fastify';

import { Actor } from '../auth/actor';
import { LoaderRegistry } from './loader-registry';

/** The GraphQL context built once per request (no request-scoped providers). */
export interface GqlContext {
  actor: Actor | null;
  loaders: LoaderRegistry;
  ip: string;
  requestId: string;
  reply: FastifyReply;
  request?: FastifyRequest;
}

/** What work still running after the response may read of a context: who asked, from where, which request. */
const KEPT_AFTER_RESPONSE = new Set<PropertyKey>(['actor', 'ip', 'requestId']);

/**
 * Empties a context whose response has been sent: its loaders (and the rows they cached), the
 * request and reply, and what Mercurius added (the query text, the app). Mercurius keeps the context
 * on its Fastify request, and Node's HTTP objects of a finished request often sit in the old
 * generation until the next major collection; through them a page's rows stayed reachable past two
 * minor collections and were promoted, garbage the major collector then had to mark and sweep
 * (bench/RESULTS.md, 2026-12-02). Emptied, the context holds nothing young.
 */
export function releaseGqlContext(context: GqlContext): void {
  const fields = context as unknown as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(fields)) if (!KEPT_AFTER_RESPONSE.has(key)) fields[key] = undefined;
  context.loaders = new LoaderRegistry();
}
