import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * The V8 heap settings of the API and the worker are part of how they are deployed (bench/RESULTS.md
 * "worker memory" and "API memory"): the memory figures hold only if every way of starting the
 * compiled apps passes the same flags. `npm run start:api` / `start:worker` are the reference; the
 * image, the compose file and the benchmarks must match them.
 */
const ROOT = join(__dirname, '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const scripts: Record<string, string> = JSON.parse(read('package.json')).scripts;

const APPS = [
  { app: 'api', benches: ['bench/run.sh', 'bench/notifications.sh', 'bench/documents.sh'] },
  { app: 'worker', benches: ['bench/run.sh', 'bench/pipeline.sh', 'bench/notifications.sh'] },
] as const;

describe.each(APPS)('$app start command', ({ app, benches }) => {
  const main = `dist/apps/${app}/src/main.js`;
  const flags = new RegExp(`^node (.*) ${main.replace(/[./]/g, '\\$&')}$`).exec(scripts[`start:${app}`])?.[1] ?? '';

  it(`npm run start:${app} sets the V8 heap flags`, () => {
    expect(flags).toMatch(/--max-old-space-size=\d+/);
  });

  it('docker compose starts it with the same flags', () => {
    const command = ['node', ...flags.split(' '), main].map((part) => `'${part}'`).join(', ');
    expect(read('docker-compose.yml')).toContain(`command: [${command}]`);
  });

  it.each(benches)('%s starts the compiled app with the same flags', (file) => {
    const starts = read(file)
      .split('\n')
      .filter((line) => line.includes(main));
    expect(starts.length).toBeGreaterThan(0);
    for (const line of starts) expect(line).toMatch(new RegExp(`node ${flags} .*${main.replace(/[./]/g, '\\$&')}`));
  });
});

describe('other starts', () => {
  const apiFlags = /^node (.*) dist/.exec(scripts['start:api'])?.[1] ?? '';
  const workerFlags = /^node (.*) dist/.exec(scripts['start:worker'])?.[1] ?? '';

  it("the image's default command is the API with its flags", () => {
    const command = ['node', ...apiFlags.split(' '), 'dist/apps/api/src/main.js'].map((part) => `"${part}"`).join(', ');
    expect(read('Dockerfile')).toContain(`CMD [${command}]`);
  });

  it('the demo starts the worker from the sources with its flags', () => {
    // The demo's API runs through ts-node, whose TypeScript compiler lives in the same heap: it keeps
    // V8's default limit, since the production flag is sized for the compiled API.
    const starts = read('scripts/demo.sh')
      .split('\n')
      .filter((line) => line.includes('apps/worker/src/main.ts'));
    expect(starts).toHaveLength(1);
    expect(starts[0]).toContain(`node ${workerFlags} `);
  });
});
