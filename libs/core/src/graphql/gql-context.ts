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
