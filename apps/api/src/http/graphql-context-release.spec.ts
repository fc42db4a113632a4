import { GqlContext, LoaderRegistry } from '@app/core';
import Fastify from 'fastify';

import { releaseGraphqlContextsAfterResponse, rememberGraphqlContext } from './graphql-context-release';

describe('releaseGraphqlContextsAfterResponse', () => {
  it('empties the context once the response is sent, keeping only who asked, from where and which request', async () => {
    const app = Fastify();
    releaseGraphqlContextsAfterResponse(app);
    const seen: GqlContext[] = [];
    let loaderDuringRequest: unknown;
    app.get('/graphql', async (request, reply) => {
      const context: GqlContext & { __currentQuery?: string } = {
        actor: { userId: 'u1', organisationId: 'o1', roles: ['VENDOR'] } as unknown as GqlContext['actor'],
        loaders: new LoaderRegistry(),
        ip: '127.0.0.1',
        requestId: 'r1',
        reply,
        request,
        __currentQuery: '{ me { id } }', // what Mercurius adds
      };
      rememberGraphqlContext(request, context);
      loaderDuringRequest = context.loaders.get('rows', async (keys: readonly string[]) => keys.map((k) => ({ k })));
      await (loaderDuringRequest as { load(k: string): Promise<unknown> }).load('a');
      seen.push(context);
      // still whole while the response is being made
      expect(context.reply).toBe(reply);
      return { ok: true };
    });
    const response = await app.inject({ method: 'GET', url: '/graphql' });
    expect(response.json()).toEqual({ ok: true });
    await new Promise((resolve) => setImmediate(resolve)); // onResponse runs once the response has finished

    const [context] = seen as (GqlContext & { __currentQuery?: string })[];
    expect(context.actor).toEqual({ userId: 'u1', organisationId: 'o1', roles: ['VENDOR'] });
    expect(context.ip).toBe('127.0.0.1');
    expect(context.requestId).toBe('r1');
    expect(context.reply).toBeUndefined();
    expect(context.request).toBeUndefined();
    expect(context.__currentQuery).toBeUndefined();
    // a fresh, empty registry: late work gets new loaders, never the finished request's cached rows
    expect(context.loaders).toBeInstanceOf(LoaderRegistry);
    expect(context.loaders.get('rows', async (keys: readonly string[]) => keys.map(() => null))).not.toBe(loaderDuringRequest);
    await app.close();
  });

  it('leaves requests without a GraphQL context alone', async () => {
    const app = Fastify();
    releaseGraphqlContextsAfterResponse(app);
    app.get('/health', async () => ({ status: 'ok' }));
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    await app.close();
  });
});
