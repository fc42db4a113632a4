import { ActorResolver, hasRole, JOB_QUEUE } from '@app/core';
import { isOutage } from '@app/core/api';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const QUEUE_BOARD_PATH = '/admin/queues';
/** A browser cannot send a bearer header when opening a page, so the token may come as this cookie. */
export const TOKEN_COOKIE = 'sg_token';

/**
 * Bull Board over the platform's one queue, for admins only: operators see waiting, delayed and
 * failed jobs and can retry them. Everything under the path is behind one hook that resolves the
 * actor exactly as GraphQL does (bearer header, or the sg_token cookie): none → 401, not an
 * admin → 403. The board lives in its own encapsulated plugin, so the hook guards nothing else.
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const actors = app.get(ActorResolver);
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: [new BullMQAdapter(app.get<Queue>(JOB_QUEUE))], serverAdapter });

  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      let actor;
      try {
        actor = await actors.fromAuthorizationHeader(request.headers.authorization ?? bearerFromCookie(request.headers.cookie));
      } catch (error) {
        if (isOutage(error)) return reply.code(503).send({ error: 'Temporarily unavailable; try again shortly' });
        throw error;
      }
      if (!actor) return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'Sign in as an administrator' });
      if (!hasRole(actor, 'ADMIN')) return reply.code(403).send({ error: 'Administrators only' });
    });
    await scope.register(serverAdapter.registerPlugin() as never, { prefix: QUEUE_BOARD_PATH });
  });
}

function bearerFromCookie(header: string | undefined): string | undefined {
  const token = header
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === TOKEN_COOKIE)?.[1];
  if (!token) return undefined;
  try {
    return `Bearer ${decodeURIComponent(token)}`;
  } catch {
    return undefined; // a malformed cookie (e.g. a lone "%") signs no one in: 401, not 500
  }
}
