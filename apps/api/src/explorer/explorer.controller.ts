import { APP_CONFIG, AppConfig, Public } from '@app/core';
import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

import { explorerPage, explorerScript, explorerStyle } from './explorer.page';

/** Files GraphiQL needs, read once from node_modules: the explorer works on an air-gapped network. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: 'react/umd/react.production.min.js', type: 'application/javascript' },
  'react-dom.js': { file: 'react-dom/umd/react-dom.production.min.js', type: 'application/javascript' },
  'graphiql.js': { file: 'graphiql/graphiql.min.js', type: 'application/javascript' },
  'graphiql.css': { file: 'graphiql/graphiql.min.css', type: 'text/css' },
};

/** The page's own script and style, kept out of the HTML so no inline script is needed. */
const OWN_ASSETS: Record<string, { body: () => string; type: string }> = {
  'explorer.js': { body: explorerScript, type: 'application/javascript' },
  'explorer.css': { body: explorerStyle, type: 'text/css' },
};

/** Finds a file inside an installed package without going through its `exports` map. */
function resolvePackageFile(relative: string): string {
  for (const dir of require.resolve.paths(relative) ?? []) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
  }
  throw new NotFoundException();
}

@Controller('graphiql')
export class ExplorerController {
  private readonly cache = new Map<string, Buffer>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get()
  page(@Res() reply: FastifyReply) {
    this.assertEnabled();
    void reply.type('text/html; charset=utf-8').send(explorerPage()); // CSP: http/security-headers.ts
  }

  @Public()
  @Get('assets/:name')
  asset(@Param('name') name: string, @Res() reply: FastifyReply) {
    this.assertEnabled();
    const own = OWN_ASSETS[name];
    if (own) return void reply.type(own.type).send(own.body());
    const asset = ASSETS[name];
    if (!asset) throw new NotFoundException();
    let body = this.cache.get(name);
    if (!body) {
      body = readFileSync(resolvePackageFile(asset.file));
      this.cache.set(name, body);
    }
    void reply.type(asset.type).header('cache-control', 'public, max-age=86400').send(body);
  }

  /** Introspection and the explorer are development tools: off in production. */
  private assertEnabled() {
    if (this.config.nodeEnv === 'production') throw new NotFoundException();
  }
}
