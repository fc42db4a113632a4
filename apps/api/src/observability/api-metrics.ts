import { LATENCY_BUCKETS, MetricsRegistry } from '@app/core';

/** Client-chosen operation names are labels: bounded, so a client cannot grow the series without limit. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const NAMED_OPERATION = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,63})/;

/**
 * The API's Prometheus series (docs/architecture.md "Operations"), created once per registry.
 * Recording costs a histogram observation per request and nothing per resolver.
 */
export class ApiMetrics {
  private readonly operations = new Set<string>();
  readonly http;
  readonly graphql;
  readonly errors;
  readonly rateLimited;

  private constructor(metrics: MetricsRegistry) {
    this.http = metrics.histogram(
      'sprintgate_http_request_duration_seconds',
      'HTTP request latency by method, route and status',
      ['method', 'route', 'status'],
      LATENCY_BUCKETS,
    );
    this.graphql = metrics.histogram(
      'sprintgate_graphql_operation_duration_seconds',
      'GraphQL request latency by operation name (anonymous, other beyond 200 names)',
      ['operation'],
      LATENCY_BUCKETS,
    );
    this.errors = metrics.counter('sprintgate_graphql_errors_total', 'GraphQL errors by extensions.code', ['code']);
    this.rateLimited = metrics.counter(
      'sprintgate_rate_limit_refusals_total',
      'Requests refused by a limit: request (per-client HTTP limit) or graphql (login and other throttles)',
      ['limit'],
    );
  }

  private static readonly byRegistry = new WeakMap<MetricsRegistry, ApiMetrics>();

  static of(metrics: MetricsRegistry): ApiMetrics {
    let found = ApiMetrics.byRegistry.get(metrics);
    if (!found) ApiMetrics.byRegistry.set(metrics, (found = new ApiMetrics(metrics)));
    return found;
  }

  /**
   * Called by the error formatter for every error it maps. A 429 RATE_LIMITED is the per-client
   * request limit, already counted as `request` when it refused (bootstrap.ts).
   */
  errorCode(code: string, httpStatus?: number): void {
    this.errors.inc({ code });
    if (code === 'RATE_LIMITED' && httpStatus !== 429) this.rateLimited.inc({ limit: 'graphql' });
  }

  /** The operation's label from the request body (GET: the query string), without parsing the document. */
  operationLabel(input: unknown): string {
    const body = (input ?? {}) as { operationName?: unknown; query?: unknown };
    let name: string | undefined;
    if (typeof body.operationName === 'string' && OPERATION_NAME.test(body.operationName)) name = body.operationName;
    else if (typeof body.query === 'string') name = NAMED_OPERATION.exec(body.query.slice(0, 200))?.[1];
    if (!name) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return 'other';
    this.operations.add(name);
    return name;
  }
}
