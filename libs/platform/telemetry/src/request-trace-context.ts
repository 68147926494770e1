import {
  context,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  trace,
  TraceFlags,
} from '@opentelemetry/api';
import { RandomIdGenerator } from '@opentelemetry/sdk-trace-base';
import { type IncomingHttpHeaders } from 'node:http';

let carried = false;

/**
 * Trace and span ids as the SDK makes them for its own spans: random enough to be unique, not
 * secret. `crypto.randomBytes` for each was 8 % of the gateway's CPU on a cached read.
 */
const ids = new RandomIdGenerator();

/**
 * Whether {@link withRequestTraceContext} gives requests their trace context: set by
 * `startTelemetry` when nothing exports traces, and the HTTP server instrumentation is off.
 */
export function carryRequestTraceContext(on: boolean): void {
  carried = on;
}

/**
 * Runs `next` (the rest of an HTTP request's handling) in the request's trace context: the
 * caller's `traceparent` continued, or a new trace, under a span id of its own. The HTTP server
 * instrumentation does this and more (a recorded span with its attributes); when nothing exports
 * traces, that costs a quarter of the gateway's CPU for a cached read and records nothing, while
 * the trace id still has to reach each service and every log line. Does nothing while the
 * instrumentation is on.
 */
export function withRequestTraceContext(headers: IncomingHttpHeaders, next: () => void): void {
  if (!carried) return next();
  const remote = propagation.extract(ROOT_CONTEXT, headers);
  const parent = trace.getSpanContext(remote);
  const continued = parent !== undefined && isSpanContextValid(parent);
  const own = {
    traceId: continued ? parent.traceId : ids.generateTraceId(),
    spanId: ids.generateSpanId(),
    traceFlags: continued ? parent.traceFlags : TraceFlags.NONE,
  };
  context.with(trace.setSpanContext(remote, own), next);
}
