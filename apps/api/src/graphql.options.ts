import { ActorResolver, AppConfig, GqlContext, LoaderRegistry } from '@app/core';
import { createErrorFormatter, maxAliasesRule, maxCostRule, maxDepthRule, RequestLog, withoutTrivialFieldResolvers } from '@app/core/api';
import { MercuriusDriverConfig } from '@nestjs/mercurius';
import { MercuriusDriver } from '@nestjs/mercurius';
import { FastifyReply, FastifyRequest } from 'fastify';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

import { rememberGraphqlContext } from './http/graphql-context-release';

/** Mercurius, code-first, with limits checked before execution and errors mapped to codes. */
export function graphqlOptions(
  config: AppConfig,
  actors: ActorResolver,
  fallbackLog: RequestLog,
  onErrorCode?: (code: string, httpStatus?: number) => void,
): MercuriusDriverConfig {
  const production = config.nodeEnv === 'production';
  return {
    driver: MercuriusDriver,
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    graphiql: false, // ours is served from local files at /graphiql (no CDN)
    jit: config.graphqlJit,
    validationRules: [
      maxDepthRule(config.maxQueryDepth), // ours, not Mercurius's queryDepth: it exempts introspection and is linear
      maxAliasesRule(config.maxAliases),
      maxCostRule({ maxCost: config.maxQueryCost, maxPageSize: config.maxPageSize, defaultListSize: 20 }),
      ...(production ? [NoSchemaIntrospectionCustomRule] : []),
    ],
    errorFormatter: createErrorFormatter({
      exposeInternals: config.nodeEnv === 'development',
      hideSuggestions: production,
      fallbackLog,
      onCode: onErrorCode,
    }) as never,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeResolver }] },
    // Plain fields without Nest's per-field resolver, so graphql-jit reads them inline.
    transformSchema: withoutTrivialFieldResolvers,
    context: requestContext(actors),
  };
}

/** Requests whose context could not be built (e.g. the database is down during the actor lookup). */
const contextFailures = new WeakSet<FastifyRequest>();

/**
 * The per-request context. If building it fails, the error is rethrown once: Mercurius's error
 * handler then asks for a context again to format that error, and gets an anonymous one instead of
 * a second failure, so the error goes through the same mapping as any other (SERVICE_UNAVAILABLE
 * and 503 for an outage) instead of Fastify's raw 500 with the database's address.
 */
function requestContext(actors: ActorResolver) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<GqlContext> => {
    const context = (actor: GqlContext['actor']): GqlContext => {
      const built: GqlContext = { actor, loaders: new LoaderRegistry(), ip: request.ip, requestId: String(request.id), reply, request };
      rememberGraphqlContext(request, built);
      return built;
    };
    if (contextFailures.has(request)) return context(null);
    try {
      return context(await actors.fromAuthorizationHeader(request.headers.authorization));
    } catch (error) {
      contextFailures.add(request);
      throw error;
    }
  };
}
