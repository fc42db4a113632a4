import { execFileSync } from 'child_process';
import { join } from 'path';

/**
 * The worker runs jobs, not GraphQL: its module graph must not load the GraphQL layer, which cost
 * it tens of MB resident for nothing (bench/RESULTS.md "worker memory"). The domain libraries keep
 * that layer in their `api.ts` barrels; a file of the worker's graph importing a model, an input or
 * a resolver through an index would bring it back. Checked in a fresh process (Jest's own module
 * registry is not Node's), from the sources as `npm run cli` loads them.
 */
const GRAPHQL_LAYER = [
  '@nestjs/graphql',
  '@nestjs/mercurius',
  'mercurius',
  'graphql',
  'graphql-scalars',
  'class-validator',
  'class-transformer',
];

const ROOT = join(__dirname, '../../..');

function packagesLoadedBy(modulePath: string): string[] {
  const script = `
    require('reflect-metadata');
    require(${JSON.stringify(modulePath)});
    const names = new Set();
    for (const file of Object.keys(require.cache)) {
      const match = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(file);
      if (match) names.add(match[1].replace(/\\\\/g, '/'));
    }
    process.stdout.write(JSON.stringify([...names]));
  `;
  const output = execFileSync(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: '1' },
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}

describe('worker module graph', () => {
  it('loads no GraphQL, Mercurius or class-validator package', () => {
    const loaded = packagesLoadedBy(join(ROOT, 'apps/worker/src/worker.module.ts'));
    expect(loaded).toContain('bullmq'); // the probe itself works: the worker's own dependencies are listed
    expect(loaded.filter((name) => GRAPHQL_LAYER.includes(name))).toEqual([]);
  }, 120_000);
});
