import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: string[] }[];
}

/** POST /graphql through supertest, returning data and errors as a client sees them. */
export function graphqlClient(app: NestFastifyApplication) {
  return async function gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GqlResponse<T>> {
    const req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body?.data ?? null, errors: res.body?.errors };
  };
}

/** The code of the first error, for terse assertions. */
export const errorCode = (res: GqlResponse) => res.errors?.[0]?.extensions?.code;
