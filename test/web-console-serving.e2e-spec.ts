import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import request from 'supertest';
import { gzipSync } from 'zlib';

import { webBuildDirectory } from '../apps/api/src/web-console/web-console';
import { startTestStack, TestStack } from './support';

const WEB = webBuildDirectory();
const INITIAL_JS_BUDGET_GZIP = 200 * 1024;

/** Scripts the browser loads before the first paint of any page: the entry and what it preloads. */
function initialScripts(html: string): string[] {
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  return srcs.map((m) => m[1]);
}

/**
 * The web console as the API serves it (dist/web, built by `npm run build:web` before jest in
 * `npm test`): the app on / and on deep links, never on API paths; hashed assets cached for a
 * year; index.html revalidated; a CSP with no inline script; the public pages' JS within budget.
 */
describe('web console served by the API (e2e)', () => {
  let stack: TestStack;
  let app: NestFastifyApplication;
  const get = (path: string) => request(app.getHttpServer()).get(path);

  beforeAll(async () => {
    if (!existsSync(join(WEB, 'index.html'))) throw new Error(`${WEB}/index.html is missing: run npm run build:web first`);
    stack = await startTestStack();
    app = stack.app;
  });
  afterAll(() => stack.close());

  it('serves the app on / and on deep links, with a strict CSP and no-cache', async () => {
    for (const path of ['/', '/challenges/5a1f0000-0000-4000-8000-000000000000', '/attestation', '/statistics?x=1']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.text).toContain('<div id="root">');
    }
  });

  it('has no inline script in index.html and only same-origin URLs', () => {
    const html = readFileSync(join(WEB, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc="\/assets\//);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('never shadows API routes', async () => {
    expect((await get('/health')).body).toMatchObject({ status: 'ok' });
    const gql = await request(app.getHttpServer()).post('/graphql').send({ query: '{ __typename }' });
    expect(gql.body).toEqual({ data: { __typename: 'Query' } });
    for (const path of ['/admin/nothing-here', '/ocds/nothing-here', '/graphql/nothing', '/assets/missing-0000.js', '/robots.txt']) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type'] ?? '').not.toContain('text/html');
    }
  });

  it('serves hashed assets with a one-year immutable cache', async () => {
    const assets = readdirSync(join(WEB, 'assets'));
    const js = assets.find((name) => name.endsWith('.js'))!;
    const res = await get(`/assets/${js}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps the initial JavaScript of the public pages within 200 KB gzipped', () => {
    const html = readFileSync(join(WEB, 'index.html'), 'utf8');
    const scripts = initialScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(WEB, src))).length, 0);
    // Printed so the figure is visible in CI logs next to the budget.
    console.log(`initial JS: ${(bytes / 1024).toFixed(1)} KB gzipped (budget ${INITIAL_JS_BUDGET_GZIP / 1024} KB)`);
    expect(bytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP);
  });
});

describe('web console in production mode (e2e)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => stack.close());

  it('is served as in development, while the explorer stays off and is not replaced by the app', async () => {
    const home = await request(stack.app.getHttpServer()).get('/sign-in');
    expect(home.status).toBe(200);
    expect(home.text).toContain('<div id="root">');
    const explorer = await request(stack.app.getHttpServer()).get('/graphiql');
    expect(explorer.status).toBe(404);
    expect(explorer.text).not.toContain('<div id="root">');
  });
});
