import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

type Labels = readonly string[];

/**
 * The process's Prometheus metrics (docs/architecture.md "Operations"). One registry per Nest
 * application, not prom-client's global one, so an API and a worker in one process (the e2e tests)
 * keep separate series. Metrics are created on first use by name, so two providers asking for the
 * same one share it.
 */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();

  counter(name: string, help: string, labelNames: Labels = []): Counter<string> {
    return (this.registry.getSingleMetric(name) as Counter<string>) ?? new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  histogram(name: string, help: string, labelNames: Labels = [], buckets?: number[]): Histogram<string> {
    return (
      (this.registry.getSingleMetric(name) as Histogram<string>) ??
      new Histogram({ name, help, labelNames, registers: [this.registry], ...(buckets ? { buckets } : {}) })
    );
  }

  /** A gauge whose value is read at scrape time (collect may be async: a database query). */
  gauge(name: string, help: string, labelNames: Labels = [], collect?: (gauge: Gauge<string>) => unknown): Gauge<string> {
    const existing = this.registry.getSingleMetric(name) as Gauge<string> | undefined;
    if (existing) return existing;
    return new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      ...(collect
        ? {
            async collect(this: Gauge<string>) {
              await collect(this);
            },
          }
        : {}),
    });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}

/** Latency buckets (seconds) for HTTP requests, GraphQL operations and jobs. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
