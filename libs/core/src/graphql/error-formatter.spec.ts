import { GraphQLError } from 'graphql';

import { AppError } from '../errors/app-error';
import { createErrorFormatter, RequestLog } from './error-formatter';

/** A logger that records what was logged and at which level. */
function recordingLog() {
  const entries: { level: 'info' | 'error'; obj: Record<string, unknown>; msg: string }[] = [];
  const log: RequestLog = {
    info: (obj, msg) => entries.push({ level: 'info', obj: obj as Record<string, unknown>, msg }),
    error: (obj, msg) => entries.push({ level: 'error', obj: obj as Record<string, unknown>, msg }),
  };
  return { log, entries };
}

const thrownIn = (error: Error, path = ['login']) => new GraphQLError(error.message, { path, originalError: error });

describe('error formatter logging', () => {
  it('logs expected client errors at info level through the request logger', () => {
    const request = recordingLog();
    const fallback = recordingLog();
    const format = createErrorFormatter({ exposeInternals: false, fallbackLog: fallback.log });
    for (const code of ['UNAUTHENTICATED', 'NOT_FOUND', 'NOT_ELIGIBLE', 'DEADLINE_PASSED', 'BAD_USER_INPUT']) {
      const result = format({ data: null, errors: [thrownIn(new AppError(code, `refused: ${code}`))] }, { reply: { log: request.log } });
      expect(result.response.errors[0].extensions?.code).toBe(code);
    }
    expect(request.entries.map((e) => e.level)).toEqual(['info', 'info', 'info', 'info', 'info']);
    expect(request.entries[0]).toMatchObject({
      obj: { code: 'UNAUTHENTICATED', path: 'login' },
      msg: 'client error: refused: UNAUTHENTICATED',
    });
    expect(fallback.entries).toEqual([]);
  });

  it('logs a malformed query at info level too', () => {
    const request = recordingLog();
    const format = createErrorFormatter({ exposeInternals: false, fallbackLog: recordingLog().log });
    format({ errors: [new GraphQLError('Cannot query field "nope" on type "Query".')] }, { reply: { log: request.log } });
    expect(request.entries).toEqual([expect.objectContaining({ level: 'info', obj: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
  });

  it('keeps error level, with the cause, for the unexpected, and reveals nothing to the client', () => {
    const request = recordingLog();
    const format = createErrorFormatter({ exposeInternals: false, fallbackLog: recordingLog().log });
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const result = format({ data: null, errors: [thrownIn(bug, ['me'])] }, { reply: { log: request.log } });
    expect(result.response.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(request.entries).toEqual([
      { level: 'error', obj: { err: bug, code: 'INTERNAL_SERVER_ERROR' }, msg: 'unhandled resolver error' },
    ]);
  });

  it('falls back to the given logger when Mercurius has no request', () => {
    const fallback = recordingLog();
    const format = createErrorFormatter({ exposeInternals: false, fallbackLog: fallback.log });
    format({ errors: [thrownIn(new AppError('NOT_FOUND', 'Challenge not found'))] });
    expect(fallback.entries.map((e) => e.level)).toEqual(['info']);
  });

  it('answers the HTTP request limit as 429 RATE_LIMITED, telling the metric its status', () => {
    const codes: [string, number | undefined][] = [];
    const format = createErrorFormatter({
      exposeInternals: false,
      fallbackLog: recordingLog().log,
      onCode: (code, status) => codes.push([code, status]),
    });
    const limited = Object.assign(new Error('Too many requests: at most 5 a minute; retry in 30 seconds'), {
      statusCode: 429,
      code: 'RATE_LIMITED',
    });
    const result = format({ data: null, errors: [thrownIn(limited, [])] });
    expect(result.statusCode).toBe(429);
    expect(result.response.errors[0]).toMatchObject({ message: limited.message, extensions: { code: 'RATE_LIMITED' } });
    // A throttle's own AppError keeps its 200: only the request limit is an HTTP refusal.
    format({ data: null, errors: [thrownIn(new AppError('RATE_LIMITED', 'Too many login attempts'))] });
    expect(codes).toEqual([
      ['RATE_LIMITED', 429],
      ['RATE_LIMITED', undefined],
    ]);
    // Any other error carrying a 429 is not trusted to be the limit.
    const other = format({ data: null, errors: [thrownIn(Object.assign(new Error('upstream said 429'), { statusCode: 429 }))] });
    expect(other.response.errors[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
