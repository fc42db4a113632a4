import { APP_CONFIG, AppConfig, JOB_QUEUE, mayReadMetrics, MetricsRegistry } from '@app/core';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { DataSource } from 'typeorm';

const within = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

/**
 * The worker's small HTTP listener on WORKER_METRICS_PORT (0 = none), bound to WORKER_METRICS_HOST
 * (loopback by default): /health (process up), /ready (started, PostgreSQL and Redis reachable; 503
 * while starting and as soon as a shutdown starts) and /metrics (Prometheus; METRICS_TOKEN or a loopback client).
 */
@Injectable()
export class WorkerHttpServer implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('WorkerHttp');
  private server?: Server;
  private draining = false;
  /** Set by createWorker once every provider has started (relay, schedulers, job processors). */
  private started = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_QUEUE) private readonly queue: Queue,
    private readonly dataSource: DataSource,
    private readonly metrics: MetricsRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { workerMetricsPort: port, workerMetricsHost: host } = this.config.ops;
    if (!port) return;
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    this.server.on('error', (error) => this.logger.error(`metrics listener: ${error.message}`));
    this.logger.log(`metrics, health and readiness on http://${host}:${(this.server.address() as AddressInfo).port}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, body: string, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    };
    try {
      if (req.method !== 'GET') return send(405, JSON.stringify({ status: 'method not allowed' }));
      if (path === '/health') return send(200, JSON.stringify({ status: 'ok' }));
      if (path === '/ready') {
        if (this.draining) return send(503, JSON.stringify({ status: 'draining' }));
        // The listener opens while later providers are still starting; a fault then stops the
        // start (the process exits for its supervisor), so nothing is ready before that is over.
        if (!this.started) return send(503, JSON.stringify({ status: 'starting' }));
        const [postgres, redis] = await Promise.all([
          within(this.dataSource.query('SELECT 1'), 2000).then(
            () => 'up',
            () => 'down',
          ),
          within(this.queue.getJobCounts('waiting'), 2000).then(
            () => 'up',
            () => 'down',
          ),
        ]);
        const ready = postgres === 'up' && redis === 'up';
        return send(ready ? 200 : 503, JSON.stringify({ status: ready ? 'ready' : 'unavailable', postgres, redis }));
      }
      if (path === '/metrics') {
        if (!mayReadMetrics(this.config.ops.metricsToken, req.headers.authorization, req.socket.remoteAddress))
          return send(401, JSON.stringify({ status: 'unauthorized' }));
        return send(200, await this.metrics.text(), this.metrics.contentType);
      }
      send(404, JSON.stringify({ status: 'not found' }));
    } catch (error) {
      this.logger.warn(`${path}: ${(error as Error).message}`);
      send(503, JSON.stringify({ status: 'unavailable' }));
    }
  }

  /** The whole worker has started: /ready may answer 200 from now on. */
  markStarted(): void {
    this.started = true;
  }

  /** Before the job worker closes (in-flight jobs finishing), readiness turns 503 so nothing new is routed here. */
  beforeApplicationShutdown(): void {
    this.draining = true;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.server) return;
    const server = this.server;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}
