import { adminQuery, createSuiteDatabase, dropDatabase, suiteDbPrefix, TEST_PG_BASE } from '@app/testing';
import { ChildProcess, execFile, spawn } from 'child_process';
import { randomBytes } from 'crypto';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { AddressInfo, createServer } from 'net';
import { join } from 'path';
import { Client } from 'pg';

/**
 * What an operator runs, run as an operator would: `npm run build`, then the package scripts
 * `migration:run:prod`, `start:api` and `start:worker` on the compiled output with
 * NODE_ENV=production and production secrets, each as its own process. It proves the scripts point
 * at the real build output, the compiled app boots without dev tooling (ts-node, path aliases),
 * production turns the development tools off, and SIGTERM stops both processes cleanly.
 * An e2e suite rather than a step of scripts/test.sh: it gets its own database and queue prefix
 * like every other suite, and runs alone with `--runTestsByPath`.
 */
const ROOT = join(__dirname, '..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const BUILD_TIMEOUT_MS = 15 * 60_000; // two `nest build`s on a busy shared machine
const START_TIMEOUT_MS = 90_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run <script>` exactly as an operator types it. */
function npmRun(script: string, env: NodeJS.ProcessEnv, timeout: number): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', script], { cwd: ROOT, env, timeout, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * The node arguments of a `node [--v8-flag …] <file>` package script (the worker's start command sets
 * its heap flags): the test starts node with them directly so SIGTERM reaches it. The file is last.
 */
function scriptArgs(script: string): string[] {
  const match = /^node ((?:--\S+ )*)(\S+\.js)$/.exec(PACKAGE.scripts[script] ?? '');
  if (!match) throw new Error(`package script ${script} is not "node [--flag …] <file>.js": ${PACKAGE.scripts[script]}`);
  return [...match[1].split(' ').filter(Boolean), match[2]];
}
const scriptEntry = (script: string): string => scriptArgs(script).at(-1)!;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface LogLine {
  level: number;
  msg?: string;
  reqId?: string;
  code?: string;
  context?: string;
}

/** A compiled app as a child process, its JSON log lines collected as they arrive. */
class AppProcess {
  readonly lines: LogLine[] = [];
  readonly raw: string[] = [];
  private readonly child: ChildProcess;
  private readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: string[], env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.exit = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    let pending = '';
    const collect = (chunk: Buffer) => {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const line of complete.filter(Boolean)) {
        this.raw.push(line);
        try {
          this.lines.push(JSON.parse(line) as LogLine);
        } catch {
          this.lines.push({ level: 50, msg: line }); // anything that is not a JSON log line counts as a problem
        }
      }
    };
    this.child.stdout!.on('data', collect);
    this.child.stderr!.on('data', collect);
  }

  get running() {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async waitForLog(match: RegExp | ((line: LogLine) => boolean), timeout = START_TIMEOUT_MS): Promise<LogLine> {
    const test = typeof match === 'function' ? match : (line: LogLine) => match.test(line.msg ?? '');
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = this.lines.find(test);
      if (found) return found;
      if (!this.running) throw new Error(`exited before logging ${match}:\n${this.raw.join('\n')}`);
      if (Date.now() > deadline) throw new Error(`no log line ${match} within ${timeout} ms:\n${this.raw.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** SIGTERM, then the exit (Nest closes everything, then re-raises the signal). */
  async stop(timeout = 30_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.running) this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error('did not stop within the bound')), timeout)),
    );
    try {
      return await Promise.race([this.exit, bound]);
    } finally {
      clearTimeout(timer);
    }
  }

  kill() {
    if (this.running) this.child.kill('SIGKILL');
  }
}

describe('production start from the build output (e2e)', () => {
  const suiteId = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const databaseName = `${suiteDbPrefix()}${suiteId}`;
  const instanceId = `prod-start-${suiteId}`;
  const admin = { email: 'ops@prod-start.test', password: `pw-${randomBytes(12).toString('hex')}` };
  let env: NodeJS.ProcessEnv;
  let base: string;
  let api: AppProcess | undefined;
  let worker: AppProcess | undefined;

  beforeAll(async () => {
    // As an operator runs it: without the NODE_ENV=test jest sets, which would make the console a
    // development build with other file names than the one the browser suites are being served.
    const { NODE_ENV: _jestEnvironment, ...operatorEnv } = process.env;
    const build = await npmRun('build', operatorEnv, BUILD_TIMEOUT_MS);
    if (build.code !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      DATABASE_URL: await createSuiteDatabase(databaseName),
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `sgtest-${suiteId}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      INSTANCE_ID: instanceId,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      LOG_LEVEL: 'info',
    };
  }, BUILD_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    api?.kill();
    worker?.kill();
    await dropDatabase(databaseName);
  });

  it('has every package script point at a file the build wrote', () => {
    for (const script of ['start:api', 'start:worker', 'migration:run:prod']) {
      expect(existsSync(join(ROOT, scriptEntry(script)))).toBe(true);
    }
  });

  describe('migration:run:prod', () => {
    const fresh = `${databaseName}_fresh`;
    const role = `sg_e2e_nocreatedb_${suiteId}`;
    afterAll(async () => {
      await dropDatabase(fresh);
      await adminQuery(`DROP ROLE IF EXISTS "${role}"`);
    });

    it('creates a missing database, applies every migration with one line each, and prints no SQL', async () => {
      const url = `${TEST_PG_BASE}/${fresh}`;
      const first = await npmRun('migration:run:prod', { ...env, DATABASE_URL: url }, 120_000);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      const migrationFiles = readdirSync(join(ROOT, 'migrations')).filter((file) => file.endsWith('.ts')).length;
      const lines = first.stdout.trim().split('\n');
      expect(lines[0]).toMatch(new RegExp(`created database .*${fresh}`));
      expect(lines.filter((l) => l.startsWith('» applied '))).toHaveLength(migrationFiles);
      expect(lines).toHaveLength(migrationFiles + 2);
      expect(first.stdout).not.toMatch(/\b(SELECT|CREATE TABLE|INSERT INTO|query:)/);
      const [{ count }] = await adminQueryOn<{ count: string }>(fresh, 'SELECT count(*) FROM migrations');
      expect(Number(count)).toBe(migrationFiles);

      const again = await npmRun('migration:run:prod', { ...env, DATABASE_URL: url }, 120_000);
      expect(again.code).toBe(0);
      expect(again.stdout.trim()).toMatch(/^✓ .* is up to date \(no pending migration\)$/);
    });

    it('fails with one clear line when the database is missing and may not be created', async () => {
      await adminQuery(`CREATE ROLE "${role}" LOGIN NOCREATEDB`);
      const url = `${TEST_PG_BASE.replace(/\/\/[^@/]*@/, `//${role}@`)}/${databaseName}_never`;
      const run = await npmRun('migration:run:prod', { ...env, DATABASE_URL: url }, 120_000);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^✗ migration failed: database ".*_never" does not exist and could not be created .*createdb/);
    });
  });

  describe('the compiled API and worker with NODE_ENV=production', () => {
    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
    const gql = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });

    beforeAll(async () => {
      api = new AppProcess(scriptArgs('start:api'), env);
      await api.waitForLog(/^API listening on /);
    }, START_TIMEOUT_MS + 10_000);

    it('answers /health as this process and /ready with both services up', async () => {
      const health = await get('/health');
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', instance: instanceId });
      const ready = await get('/ready');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', postgres: 'up', redis: 'up' });
    });

    it('answers a query as the admin it created at start', async () => {
      const login = await gql(`mutation { login(email: "${admin.email}", password: "${admin.password}") { accessToken } }`);
      const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
      const me = await gql(`{ me { email roles } }`, { authorization: `Bearer ${token}` });
      expect(me.status).toBe(200);
      expect(await me.json()).toEqual({ data: { me: { email: admin.email, roles: ['ADMIN'] } } });
    });

    it('refuses introspection and serves no explorer', async () => {
      const introspection = await gql(`{ __schema { queryType { name } } }`);
      const body = (await introspection.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors[0].message).toMatch(/introspection/i);
      expect((await get('/graphiql')).status).toBe(404);
      expect((await get('/graphiql/assets/graphiql.js')).status).toBe(404);
    });

    it('logs a client error (wrong password) at info level with its request id, and no error-level line at all', async () => {
      const wrong = await gql(`mutation { login(email: "${admin.email}", password: "not-the-password") { accessToken } }`);
      const body = (await wrong.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const requestId = wrong.headers.get('x-request-id');
      expect(requestId).toBeTruthy();
      const logged = await api!.waitForLog((line) => line.reqId === requestId && /^client error: /.test(line.msg ?? ''), 10_000);
      expect(logged).toMatchObject({ level: 30, code: 'UNAUTHENTICATED', msg: 'client error: Invalid email or password' });
      expect(api!.lines.filter((line) => line.level >= 40)).toEqual([]);
    });

    it('starts the worker, which stops cleanly on SIGTERM', async () => {
      worker = new AppProcess(scriptArgs('start:worker'), env);
      await worker.waitForLog(/^worker started/);
      const stopped = await worker.stop();
      expect(stopped.code === 0 || stopped.signal === 'SIGTERM').toBe(true);
      expect(worker.lines.some((line) => /^SIGTERM: job processing stopped/.test(line.msg ?? ''))).toBe(true);
      expect(worker.lines.filter((line) => line.level >= 40)).toEqual([]);
    });

    it('stops the API cleanly on SIGTERM', async () => {
      const stopped = await api!.stop();
      expect(stopped.code === 0 || stopped.signal === 'SIGTERM').toBe(true);
      expect(api!.lines.some((line) => /^SIGTERM: in-flight requests finished/.test(line.msg ?? ''))).toBe(true);
    });
  });
});

async function adminQueryOn<T>(database: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: `${TEST_PG_BASE}/${database}` });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}
