import { IntrinsicException } from '@nestjs/common';

/**
 * The error every service throws for a refusal a client can act on. `code` becomes the GraphQL
 * `extensions.code`; `details` (e.g. every failed rule) rides along in extensions.
 * Codes: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT, and domain codes such as
 * DEADLINE_PASSED, NOT_ELIGIBLE, INVALID_STATE, STANDSTILL, RATE_LIMITED.
 * An IntrinsicException, so Nest's exception handler does not log it at error level: it is an
 * expected answer, logged at info level with the request id by the GraphQL error formatter.
 */
export class AppError extends IntrinsicException {
  constructor(
    public readonly code: string,
    message: string,
    public readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string, problems: string[] = [message]) => new AppError('BAD_USER_INPUT', message, { problems });
/**
 * Refuses a request with every problem found at once (BAD_USER_INPUT, `details.problems`), so a client can show
 * each next to its field; does nothing when there is none. `message` defaults to the problems joined.
 */
export function throwIfProblems(problems: string[], message = problems.join('; ')): void {
  if (problems.length) throw badInput(message, problems);
}
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError('FORBIDDEN', message);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const invalidState = (message: string, details: Record<string, unknown> = {}) => new AppError('INVALID_STATE', message, details);
