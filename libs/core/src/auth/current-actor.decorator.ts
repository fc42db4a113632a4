import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { GqlContext } from '../graphql/gql-context';
import { Actor } from './actor';

/** The signed-in actor (null on public resolvers when no token was sent). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor | null => {
  const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
  return ctx.actor ?? null;
});
