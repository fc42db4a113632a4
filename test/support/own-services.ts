import { ChildProcess, spawn } from 'child_process';
import { createServer } from 'net';
import { join } from 'path';

/** A free TCP port on loopback (the kernel picks; released before returning). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export const exited = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

const waitUntil = async (probe: () => Promise<boolean>, timeoutMs: number, what: string) => {
  const until = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`${what} not reached within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/**
 * A redis-server of the test's own, on a random port, no persistence: the one a fault test may
 * kill, flush or restart (never the shared server on 6379).
 */
export class OwnRedis {
  private child?: ChildProcess;
  private constructor(readonly port: number) {}

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort());
    await redis.startProcess();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  private async startProcess(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    this.child = child;
    await waitUntil(async () => (await this.cli('PING')).trim() === 'PONG', 10_000, `redis-server on ${this.port}`);
  }

  /** redis-cli against this server only; '' when it is unreachable. */
  cli(...args: string[]): Promise<string> {
    return new Promise((resolve) => {
      const child = spawn('redis-cli', ['-p', String(this.port), ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('exit', () => resolve(out));
      child.on('error', () => resolve(''));
    });
  }

  /** SIGKILL: a crash, everything in memory lost. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    child.kill('SIGKILL');
    await exited(child);
  }

  /** Starts again on the same port, empty (no persistence). */
  restart(): Promise<void> {
    return this.startProcess();
  }

  stop(): Promise<void> {
    return this.kill();
  }
}

const ROOT = join(__dirname, '../..');

/**
 * The worker as a real process from sources (the test's env: database, Redis, queue prefix), so it
 * can die by SIGKILL or be sent SIGTERM.
 */
export function spawnWorker(env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'ignore', process.env.SG_TEST_CHILD_LOGS ? 'inherit' : 'ignore'],
  });
}
