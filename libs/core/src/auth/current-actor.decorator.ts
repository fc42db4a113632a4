import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor } from './actor';
import { GqlContext } from '../graphql/gql-context';

/** The signed-in actor (null on public resolvers when no token was sent). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor | null => {
  const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
  return ctx.actor ?? null;
});
