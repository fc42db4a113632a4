import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

/** Nest's logger as structured JSON (pino), so framework and request logs read the same way. */
export class JsonLogger implements LoggerService {
  readonly pino: Logger;

  constructor(level: string, name: string) {
    this.pino = pino({
      name,
      level,
      redact: { paths: ['req.headers.authorization', '*.password', '*.accessToken', 'password', 'accessToken'], censor: '[redacted]' },
    });
  }

  log(message: unknown, context?: string) {
    this.pino.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.pino.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.pino.trace({ context }, String(message));
  }
}
