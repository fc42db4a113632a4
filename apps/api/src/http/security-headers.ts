import { AppConfig } from '@app/core';
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Content-Security-Policy per route prefix, longest prefix first; everything else (the API's JSON)
 * gets DEFAULT_CSP, which allows nothing to load or frame it. A page served later (e.g. a web
 * console at "/") adds its own entry here with its own strict policy. No entry allows inline
 * scripts.
 */
export const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
export const ROUTE_CSP: [prefix: string, policy: string][] = [
  [
    '/graphiql',
    // GraphiQL's own bundle sets element styles at run time, hence 'unsafe-inline' for styles only.
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
      "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  ],
];

const longestPrefixFirst = (routes: [string, string][]) => [...routes].sort((a, b) => b[0].length - a[0].length);
const ROUTE_CSP_BY_PREFIX = longestPrefixFirst(ROUTE_CSP);

export function contentSecurityPolicyFor(path: string, routes?: [string, string][]): string {
  const match = (routes ? longestPrefixFirst(routes) : ROUTE_CSP_BY_PREFIX).find(
    ([prefix]) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`),
  );
  return match?.[1] ?? DEFAULT_CSP;
}

/** Responses that can carry a bearer token or a reset token, or per-user data: never cached. */
const NO_STORE_PREFIXES = ['/graphql', '/admin'];

/**
 * Security headers on every response (@fastify/helmet): nosniff, X-Frame-Options DENY,
 * Referrer-Policy no-referrer, the route's CSP, `Cache-Control: no-store` on GraphQL and admin
 * responses, and HSTS when the client reached us over TLS (directly, or through a trusted proxy's
 * X-Forwarded-Proto, see TRUST_PROXY) or PUBLIC_BASE_URL is https.
 */
export async function registerSecurityHeaders(fastify: FastifyInstance, config: AppConfig): Promise<void> {
  await fastify.register(helmet, {
    global: true,
    contentSecurityPolicy: false, // per route, below
    hsts: false, // only behind TLS, below
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  const httpsEverywhere = config.publicBaseUrl?.startsWith('https://') ?? false;
  fastify.addHook('onSend', (request: FastifyRequest, reply, payload, done) => {
    const path = request.url.split('?')[0];
    // A page that sets its own policy keeps it (the web console's index.html); everything else gets its route's.
    if (!reply.hasHeader('content-security-policy')) void reply.header('content-security-policy', contentSecurityPolicyFor(path));
    if (httpsEverywhere || request.protocol === 'https')
      void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (NO_STORE_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)))
      void reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
