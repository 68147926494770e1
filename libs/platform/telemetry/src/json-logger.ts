import { context, trace } from '@opentelemetry/api';
import { type LoggerService, type LogLevel } from '@nestjs/common';
import pino, { type Logger } from 'pino';

const PINO_LEVELS: Record<LogLevel, pino.Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/** `trace_id` and `span_id` of the active span, so a log line leads to its trace. */
export function traceLogFields(): Record<string, string> {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

/**
 * Nest's logger as JSON lines (pino) carrying the service name, the Nest context and the active
 * trace: one format for every app, readable by any log pipeline.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Logger;

  constructor(service: string, level: LogLevel) {
    this.pino = pino({ base: { service }, level: PINO_LEVELS[level], mixin: traceLogFields });
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** Nest passes `(message, context)` or `(message, stack, context)`. */
  private write(level: pino.Level, message: unknown, rest: unknown[]): void {
    const strings = rest.filter((item): item is string => typeof item === 'string');
    const nestContext = strings.at(-1);
    const stack = strings.length > 1 ? strings[0] : undefined;
    const fields = { context: nestContext, ...(stack === undefined ? {} : { stack }) };
    if (message instanceof Error) this.pino[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'string') this.pino[level](fields, message);
    else this.pino[level]({ ...fields, detail: message }, 'detail');
  }
}
