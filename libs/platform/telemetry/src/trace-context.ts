import {
  type Attributes,
  context,
  type Context,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';

const tracer = trace.getTracer('gov-suite');

/** W3C trace context (`traceparent`, `tracestate`) of `from` (default: the active context) as plain headers. */
export function traceHeaders(from: Context = context.active()): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(from, carrier);
  return carrier;
}

/** The context carried by headers, read through `get`. */
export function contextFromHeaders(get: (name: string) => string | undefined): Context {
  return propagation.extract(context.active(), undefined, {
    get: (_carrier, key) => get(key),
    keys: () => ['traceparent', 'tracestate'],
  });
}

export type SpanRole = 'client' | 'server' | 'producer' | 'consumer';

const KINDS: Record<SpanRole, SpanKind> = {
  client: SpanKind.CLIENT,
  server: SpanKind.SERVER,
  producer: SpanKind.PRODUCER,
  consumer: SpanKind.CONSUMER,
};

/**
 * Runs `work` in a new active span (child of `parent`, default the active context) and ends it;
 * a thrown error marks the span failed and is rethrown.
 */
export async function inSpan<T>(
  name: string,
  role: SpanRole,
  attributes: Attributes,
  work: (span: Span) => Promise<T>,
  parent: Context = context.active(),
): Promise<T> {
  return tracer.startActiveSpan(name, { kind: KINDS[role], attributes }, parent, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: error instanceof Error ? error.message : String(error),
      });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Messaging attributes of a NATS span (OpenTelemetry semantic conventions). */
export function natsAttributes(
  subject: string,
  operation: 'send' | 'process' | 'publish',
): Attributes {
  return {
    'messaging.system': 'nats',
    'messaging.destination.name': subject,
    'messaging.operation.type': operation,
  };
}
