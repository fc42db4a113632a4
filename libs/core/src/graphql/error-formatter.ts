import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';

import { AppError } from '../errors/app-error';

interface Execution {
  data?: unknown;
  errors?: readonly GraphQLError[];
  statusCode?: number;
}

interface Mapped {
  code: string;
  message: string;
  details?: Record<string, unknown>;
  /** HTTP status for errors raised before GraphQL ran (body too large, unreadable JSON). */
  httpStatus?: number;
}

const PG_UNIQUE_VIOLATION = '23505';
/** A database or Redis that cannot be reached: the client should retry, and learns no address. */
const OUTAGE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN']);
const OUTAGE_PG_CODES = /^(08|57P0[123]|53300)/; // connection exceptions, shutdown, too many connections
const OUTAGE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Connection is closed|MaxRetriesPerRequest|Client has encountered a connection error|Stream isn't writeable/i;

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
/** The code of a refusal by a limit or throttle (the HTTP request limit answers it with 429). */
export const REQUEST_LIMIT_CODE = 'RATE_LIMITED';

/** True for errors that mean "a backing service is down", however deep the driver wrapped them. */
export function isOutage(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined, i = 0; e && i < 4; i++) {
    if (typeof e.code === 'string' && (OUTAGE_CODES.has(e.code) || OUTAGE_PG_CODES.test(e.code))) return true;
    if (typeof e.message === 'string' && OUTAGE_MESSAGES.test(e.message)) return true;
    if (Array.isArray((e as { errors?: unknown[] }).errors) && (e as { errors: unknown[] }).errors.some(isOutage)) return true; // AggregateError (IPv4 + IPv6)
    // TypeORM's driverError, an Error's cause, graphql-js's wrapper of a thrown non-Error value.
    e = (e.driverError ?? e.cause ?? (e as { thrownValue?: unknown }).thrownValue) as typeof e;
  }
  return false;
}
const PG_RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

/** Maps one thrown error to a client-facing code and message. Unknown errors reveal nothing. */
export function mapError(error: GraphQLError | Error, exposeInternals: boolean): Mapped {
  const original = (error instanceof GraphQLError ? error.originalError : error) as
    (Error & { code?: string; statusCode?: number }) | undefined;
  if (original && typeof original.statusCode === 'number' && original.code?.startsWith('FST_')) {
    const code = original.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    return { code, message: original.message, httpStatus: original.statusCode };
  }
  // The per-client request limit (@fastify/rate-limit) refuses in an onRequest hook: on /graphql
  // its error reaches this formatter, and must say RATE_LIMITED with its 429, not a 200 internal error.
  if (original && original.statusCode === 429 && original.code === REQUEST_LIMIT_CODE) {
    return { code: REQUEST_LIMIT_CODE, message: original.message, httpStatus: 429 };
  }
  if (original instanceof AppError)
    return {
      code: original.code,
      message: original.message,
      details: original.details,
      ...(original.code === SERVICE_UNAVAILABLE ? { httpStatus: 503 } : {}),
    };
  if (original && !(original instanceof GraphQLError) && isOutage(original)) {
    return { code: SERVICE_UNAVAILABLE, message: 'The service is temporarily unavailable; try again shortly', httpStatus: 503 };
  }
  if (original instanceof QueryFailedError) {
    const pgCode = (original as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
    if (pgCode === PG_UNIQUE_VIOLATION) return { code: 'CONFLICT', message: 'This conflicts with an existing record' };
    if (pgCode && PG_RETRYABLE.has(pgCode)) return { code: 'CONFLICT', message: 'A concurrent change interfered; try again' };
  }
  if (!original || original instanceof GraphQLError) {
    // Parse, validation and variable-coercion errors: the request itself is malformed.
    const code =
      /^Variable "\$/.test(error.message) || /got invalid value|Expected value of type/.test(error.message)
        ? 'BAD_USER_INPUT'
        : 'GRAPHQL_VALIDATION_FAILED';
    return { code: ((error as GraphQLError).extensions?.code as string) ?? code, message: error.message };
  }
  if (/^(Value|Expected).*(SafeInt|DateTime|JSON)|cannot represent|is not a valid/i.test(original.message)) {
    return { code: 'BAD_USER_INPUT', message: original.message };
  }
  return {
    code: 'INTERNAL_SERVER_ERROR',
    message: exposeInternals ? original.message : 'Internal server error',
    details: exposeInternals ? { stack: original.stack?.split('\n').slice(0, 8) } : undefined,
  };
}

/** The request-bound logger Mercurius hands the formatter: its lines carry the request id (`reqId`). */
export interface RequestLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * Where each error is logged. A refusal the client caused and can act on (wrong password,
 * NOT_FOUND, NOT_ELIGIBLE, DEADLINE_PASSED, bad input, a malformed query) is routine: info level,
 * so an operator's warn/error alerts see only what needs a person. INTERNAL_SERVER_ERROR is a bug
 * or an outage: error level, with the stack.
 */
function logError(log: RequestLog, error: GraphQLError | Error, mapped: Mapped): void {
  if (mapped.code === 'INTERNAL_SERVER_ERROR') {
    const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    log.error({ err: cause, code: mapped.code }, 'unhandled resolver error');
  } else {
    const path = error instanceof GraphQLError ? error.path?.join('.') : undefined;
    log.info({ code: mapped.code, ...(path ? { path } : {}) }, `client error: ${mapped.message}`);
  }
}

/**
 * Mercurius errorFormatter: every error gets `extensions.code`; Mercurius's validation wrapper is
 * unwrapped into one error per failed rule; locations and paths are kept; stack traces and SQL
 * only in development. Each error is logged through the request's own logger (so with its request
 * id), at a level that says whether it is expected (see logError); `fallbackLog` serves errors
 * raised where Mercurius has no request.
 */
export function createErrorFormatter(options: {
  exposeInternals: boolean;
  hideSuggestions?: boolean;
  fallbackLog: RequestLog;
  /** Told each mapped code and its HTTP status if it sets one (the API's error-code metric). */
  onCode?: (code: string, httpStatus?: number) => void;
}) {
  return (execution: Execution, context?: { reply?: { log?: RequestLog } }) => {
    const log = context?.reply?.log ?? options.fallbackLog;
    const flat: (GraphQLError | Error)[] = [];
    for (const error of execution.errors ?? []) {
      const nested = (error.originalError as { errors?: GraphQLError[] } | undefined)?.errors;
      if (Array.isArray(nested))
        flat.push(...nested.map((e) => (e instanceof GraphQLError ? e : new GraphQLError(String((e as Error).message ?? e)))));
      else flat.push(error);
    }
    let httpStatus: number | undefined;
    const errors: GraphQLFormattedError[] = flat.map((error) => {
      const mapped = mapError(error, options.exposeInternals);
      options.onCode?.(mapped.code, mapped.httpStatus);
      httpStatus ??= mapped.httpStatus;
      logError(log, error, mapped);
      const located = error instanceof GraphQLError ? error : undefined;
      return {
        // "Did you mean …?" would list field and type names that introspection (off in production) hides.
        message: options.hideSuggestions ? withoutSuggestions(mapped.message) : mapped.message,
        ...(located?.locations ? { locations: located.locations } : {}),
        ...(located?.path ? { path: located.path } : {}),
        extensions: { code: mapped.code, ...(mapped.details ?? {}) },
      };
    });
    const validationFailed = !execution.data && errors.every((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
    const statusCode = httpStatus ?? (validationFailed && errors.length ? 400 : 200);
    return { statusCode, response: { data: (execution.data as Record<string, unknown> | null) ?? null, errors } };
  };
}

export const withoutSuggestions = (message: string): string => message.replace(/\s*Did you mean [^?]*\?/g, '');
