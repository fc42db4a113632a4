import { jsonDepthExceeds } from '@app/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const GRAPHQL_PATH = '/graphql';
/** Deepest JSON body accepted; GraphQL inputs nest a few levels, attestation answers a few more. */
export const MAX_BODY_DEPTH = 64;

/**
 * Media types a GraphQL POST may carry. Anything else (notably the form encodings a cross-site
 * <form> can send without a CORS preflight) is refused with 415 before it is parsed, so a browser
 * cannot be made to run a mutation with its user's cookie or credentials (CSRF).
 */
const ACCEPTED_MEDIA_TYPES = new Set(['application/json', 'application/graphql-response+json']);

const mediaType = (header: string | undefined) => (header ?? '').split(';')[0].trim().toLowerCase();

/** A GraphQL-shaped refusal, so clients read `errors[0].extensions.code` as for any other error. */
function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ data: null, errors: [{ message, extensions: { code } }] });
}

/** What a GraphQL request must look like before Mercurius sees it, or the reason it does not. */
export function graphqlRequestProblem(params: unknown): string | null {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return 'The request must be one JSON object';
  const { query, variables, operationName, extensions } = params as Record<string, unknown>;
  if (typeof query !== 'string' || !query.trim()) return '"query" must be a non-empty string';
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return '"operationName" must be a string';
  for (const [name, value] of [
    ['variables', variables],
    ['extensions', extensions],
  ] as const) {
    if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value)))
      if (!(typeof value === 'string' && value.startsWith('{'))) return `"${name}" must be a JSON object`; // GET sends them as JSON text
  }
  if (jsonDepthExceeds(params, MAX_BODY_DEPTH)) return `The request is nested more than ${MAX_BODY_DEPTH} levels deep`;
  return null;
}

/**
 * The HTTP edge of /graphql: media type (415) and request shape (400 BAD_USER_INPUT) are checked
 * before any GraphQL work, so a missing, empty or non-string `query` or a body nested thousands of
 * levels deep gets a clear client error instead of an INTERNAL_SERVER_ERROR.
 */
export function guardGraphqlEdge(fastify: FastifyInstance): void {
  const isGraphql = (request: FastifyRequest) => request.url.split('?')[0] === GRAPHQL_PATH;

  fastify.addContentTypeParser('application/graphql-response+json', { parseAs: 'string' }, fastify.getDefaultJsonParser('error', 'error'));

  // Callback hooks (an async one costs a promise on every request): a refusal sends the reply
  // and does not call done, which is how a callback hook ends a request early.
  fastify.addHook('onRequest', (request, reply, done) => {
    if (isGraphql(request) && request.method === 'POST' && !ACCEPTED_MEDIA_TYPES.has(mediaType(request.headers['content-type'])))
      return void refuse(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'POST /graphql accepts application/json only');
    done();
  });

  fastify.addHook('preValidation', (request, reply, done) => {
    if (isGraphql(request) && (request.method === 'POST' || request.method === 'GET')) {
      const problem = graphqlRequestProblem(request.method === 'POST' ? request.body : request.query);
      if (problem) return void refuse(reply, 400, 'BAD_USER_INPUT', problem);
    }
    done();
  });
}
