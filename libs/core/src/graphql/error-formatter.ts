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
const PG_RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

/** Maps one thrown error to a client-facing code and message. Unknown errors reveal nothing. */
export function mapError(error: GraphQLError | Error, exposeInternals: boolean): Mapped {
  const original = (error instanceof GraphQLError ? error.originalError : error) as
    (Error & { code?: string; statusCode?: number }) | undefined;
  if (original && typeof original.statusCode === 'number' && original.code?.startsWith('FST_')) {
    const code = original.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    return { code, message: original.message, httpStatus: original.statusCode };
  }
  if (original instanceof AppError) return { code: original.code, message: original.message, details: original.details };
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

/**
 * Mercurius errorFormatter: every error gets `extensions.code`; Mercurius's validation wrapper is
 * unwrapped into one error per failed rule; locations and paths are kept; stack traces and SQL
 * only in development.
 */
export function createErrorFormatter(options: {
  exposeInternals: boolean;
  log: (err: unknown, msg: string) => void;
  /** Told each mapped code (the API's error-code metric). */
  onCode?: (code: string) => void;
}) {
  return (execution: Execution) => {
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
      options.onCode?.(mapped.code);
      httpStatus ??= mapped.httpStatus;
      if (mapped.code === 'INTERNAL_SERVER_ERROR')
        options.log(error instanceof GraphQLError ? (error.originalError ?? error) : error, 'unhandled resolver error');
      const located = error instanceof GraphQLError ? error : undefined;
      return {
        message: mapped.message,
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
