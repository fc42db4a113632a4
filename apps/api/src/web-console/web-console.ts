import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

/**
 * Serves the web console (apps/web, built by `npm run build` into dist/web) from the API's own
 * origin, so it works on an air-gapped network: hashed files under /assets/ cached for a year,
 * index.html never cached (a deploy is seen at once), and every other GET path that is not an API
 * route answered with index.html so deep links work (history fallback).
 */

/** Paths that belong to the API: never shadowed by the console, even when nothing matches below them. */
export const API_PREFIXES = ['/graphql', '/graphiql', '/health', '/ready', '/ocds', '/admin', '/assets'] as const;

/** No inline script or style, nothing from another origin (docs/architecture.md: air-gapped deployments). */
export const WEB_CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** dist/web seen from the compiled file (dist/apps/api/src/web-console) or from the sources (ts-node, jest). */
export function webBuildDirectory(): string {
  const candidates = [join(__dirname, '..', '..', '..', '..', 'web'), join(__dirname, '..', '..', '..', '..', 'dist', 'web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[candidates.length - 1];
}

const isApiPath = (path: string) => API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

export async function mountWebConsole(app: NestFastifyApplication, directory = webBuildDirectory()): Promise<void> {
  await app.register(fastifyStatic, {
    root: join(directory, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    // Vite puts a content hash in every asset name: a changed file is a new URL.
    cacheControl: true,
    maxAge: 365 * 24 * 3600 * 1000,
    immutable: true,
  });

  let indexHtml: Buffer | null = null;
  const serveApp = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    // API paths and file-like paths (/favicon.ico, /robots.txt) get a real 404, not the app.
    if (isApiPath(path) || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
    indexHtml ??= existsSync(join(directory, 'index.html')) ? readFileSync(join(directory, 'index.html')) : null;
    void reply
      .header('content-security-policy', WEB_CONSOLE_CSP)
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff');
    if (!indexHtml)
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web console is not built on this server: run `npm run build` (or `npm run build:web`).');
    return reply.type('text/html; charset=utf-8').send(indexHtml);
  };
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/', serveApp);
  fastify.get('/*', serveApp);
}
