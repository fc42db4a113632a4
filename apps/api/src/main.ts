import 'reflect-metadata';

import { APP_CONFIG, AppConfig } from '@app/core';

import { createApiApp } from './bootstrap';
import { installGracefulShutdown } from './lifecycle/graceful-shutdown';

async function main() {
  const app = await createApiApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  installGracefulShutdown(app);
  await app.listen({ port: config.port, host: config.host }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    throw new Error(`Port ${config.port} on ${config.host} is taken by another process: stop it, or start with PORT=<a free port>`);
  });
  const shown =
    config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  const base = `http://${shown}:${config.port}`;
  app
    .getHttpAdapter()
    .getInstance()
    .log.info(
      config.nodeEnv === 'production'
        ? `API listening on ${base}/graphql`
        : `API listening on ${base}/graphql — explorer at ${base}/graphiql`,
    );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
