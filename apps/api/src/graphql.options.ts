import { ActorResolver, AppConfig, createErrorFormatter, GqlContext, LoaderRegistry, maxAliasesRule, maxCostRule } from '@app/core';
import { MercuriusDriverConfig } from '@nestjs/mercurius';
import { MercuriusDriver } from '@nestjs/mercurius';
import { FastifyReply, FastifyRequest } from 'fastify';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

/** Mercurius, code-first, with limits checked before execution and errors mapped to codes. */
export function graphqlOptions(
  config: AppConfig,
  actors: ActorResolver,
  log: (err: unknown, msg: string) => void,
  onErrorCode?: (code: string) => void,
): MercuriusDriverConfig {
  const production = config.nodeEnv === 'production';
  return {
    driver: MercuriusDriver,
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    graphiql: false, // ours is served from local files at /graphiql (no CDN)
    queryDepth: config.maxQueryDepth,
    jit: config.graphqlJit,
    validationRules: [
      maxAliasesRule(config.maxAliases),
      maxCostRule({ maxCost: config.maxQueryCost, maxPageSize: config.maxPageSize, defaultListSize: 20 }),
      ...(production ? [NoSchemaIntrospectionCustomRule] : []),
    ],
    errorFormatter: createErrorFormatter({ exposeInternals: config.nodeEnv === 'development', log, onCode: onErrorCode }) as never,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeResolver }] },
    context: async (request: FastifyRequest, reply: FastifyReply): Promise<GqlContext> => ({
      actor: await actors.fromAuthorizationHeader(request.headers.authorization),
      loaders: new LoaderRegistry(),
      ip: request.ip,
      requestId: String(request.id),
      reply,
      request,
    }),
  };
}
