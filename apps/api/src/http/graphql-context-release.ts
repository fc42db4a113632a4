import { GqlContext, releaseGqlContext } from '@app/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const CONTEXT = Symbol('sprintgate.graphqlContext');
type WithContext = FastifyRequest & { [CONTEXT]: GqlContext | null };

/** Notes the request's GraphQL context, to be emptied once its response is sent. */
export function rememberGraphqlContext(request: FastifyRequest, context: GqlContext): void {
  (request as WithContext)[CONTEXT] = context;
}

/**
 * Empties each request's GraphQL context once the response has gone out (releaseGqlContext says
 * why: a finished request's rows must not outlive two minor collections).
 */
export function releaseGraphqlContextsAfterResponse(fastify: FastifyInstance): void {
  fastify.decorateRequest(CONTEXT, null);
  fastify.addHook('onResponse', (request, _reply, done) => {
    const context = (request as WithContext)[CONTEXT];
    if (context) {
      (request as WithContext)[CONTEXT] = null;
      releaseGqlContext(context);
    }
    done();
  });
}
