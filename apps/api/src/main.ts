import 'reflect-metadata';

import { APP_CONFIG, AppConfig } from '@app/core';

import { createApiApp } from './bootstrap';
import { installGracefulShutdown } from './lifecycle/graceful-shutdown';

async function main() {
  const app = await createApiApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  installGracefulShutdown(app);
  await app.listen({ port: config.port, host: '0.0.0.0' });
  const base = `http://localhost:${config.port}`;
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
