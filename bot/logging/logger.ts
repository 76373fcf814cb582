import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The logger every part of the bot takes: the three levels it writes at, which pino's Logger has and a test can
 * record. Details are ids, references, types, counts and error types only.
 */
export interface LogSink {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * Structured logs. Case detail never belongs here: callers log ids, types and counts only.
 * As a second line of defence, fields that could carry user text are censored.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'safeguarding-bot' },
      redact: {
        paths: ['text', '*.text', 'value', '*.value', 'body', '*.body', 'activity', '*.activity', 'req.headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination ?? process.stdout,
  );
}
