import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * The worker's V8 heap settings are part of how it is deployed (bench/RESULTS.md "worker memory"):
 * the memory figures hold only if every way of starting it passes the same flags. `npm run
 * start:worker` is the reference; the compose file, the demo and the benchmarks must match it.
 */
const ROOT = join(__dirname, '../../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

const startWorker: string = JSON.parse(read('package.json')).scripts['start:worker'];
const flags = /^node (.*) dist\/apps\/worker\/src\/main\.js$/.exec(startWorker)?.[1] ?? '';

describe('worker start command', () => {
  it('npm run start:worker sets the V8 heap flags', () => {
    expect(flags).toMatch(/--max-old-space-size=\d+/);
  });

  it('docker compose starts the worker with the same flags', () => {
    const command = ['node', ...flags.split(' '), 'dist/apps/worker/src/main.js'].map((part) => `'${part}'`).join(', ');
    expect(read('docker-compose.yml')).toContain(`command: [${command}]`);
  });

  it.each(['bench/run.sh', 'bench/pipeline.sh', 'bench/notifications.sh'])('%s starts the compiled worker with the same flags', (file) => {
    const starts = read(file)
      .split('\n')
      .filter((line) => line.includes('dist/apps/worker/src/main.js'));
    expect(starts.length).toBeGreaterThan(0);
    for (const line of starts) expect(line).toContain(`node ${flags} dist/apps/worker/src/main.js`);
  });

  it('the demo starts the worker from the sources with the same flags', () => {
    const starts = read('scripts/demo.sh')
      .split('\n')
      .filter((line) => line.includes('apps/worker/src/main.ts'));
    expect(starts.length).toBe(1);
    expect(starts[0]).toContain(`node ${flags} `);
  });
});
