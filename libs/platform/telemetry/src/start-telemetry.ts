import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { carryRequestTraceContext } from './request-trace-context';

let sdk: NodeSDK | undefined;

/**
 * Starts the OpenTelemetry SDK. It must run before `http` and `pg` are first loaded, so each app
 * calls it from the first import of its main.ts. Configured by the standard `OTEL_*` variables;
 * traces go to OTLP only when `OTEL_EXPORTER_OTLP_ENDPOINT` (or the traces variant) is set.
 * Trace context still passes through every hop when nothing is exported: spans are then sampled
 * out (non-recording, unless an upstream caller sampled the trace), so they carry trace and span
 * ids to the next hop and into log lines without the cost of recording what nobody collects.
 * Then incoming HTTP requests and SQL statements are not instrumented at all: an HTTP server
 * takes its requests' context from {@link withRequestTraceContext}, and a statement's span has
 * no next hop to pass ids to.
 */
export function startTelemetry(serviceName: string, env: NodeJS.ProcessEnv = process.env): void {
  if (sdk) return;
  const exporting =
    env['OTEL_EXPORTER_OTLP_ENDPOINT'] !== undefined ||
    env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'] !== undefined ||
    env['OTEL_TRACES_EXPORTER'] !== undefined;
  if (!exporting) {
    env['OTEL_TRACES_EXPORTER'] = 'none';
    env['OTEL_TRACES_SAMPLER'] ??= 'parentbased_always_off';
  }
  env['OTEL_METRICS_EXPORTER'] ??= 'none';
  env['OTEL_LOGS_EXPORTER'] ??= 'none';
  sdk = new NodeSDK({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: env['OTEL_SERVICE_NAME'] ?? serviceName,
    }),
    instrumentations: exporting
      ? [
          new HttpInstrumentation({
            ignoreIncomingRequestHook: (request) => request.url?.startsWith('/health') === true,
          }),
          new PgInstrumentation({ enhancedDatabaseReporting: false }),
        ]
      : // A request made with `http` still carries `traceparent` to whoever it calls.
        [new HttpInstrumentation({ disableIncomingRequestInstrumentation: true })],
  });
  carryRequestTraceContext(!exporting);
  sdk.start();
  process.once('beforeExit', () => void sdk?.shutdown());
}

/** Flushes and stops the SDK (on shutdown, so the last spans are exported). */
export async function stopTelemetry(): Promise<void> {
  await sdk?.shutdown();
  sdk = undefined;
  carryRequestTraceContext(false);
}
