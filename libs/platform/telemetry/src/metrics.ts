import { Counter, Gauge, Histogram, register } from 'prom-client';

/**
 * The suite's Prometheus metrics, registered once per process (several services may share one
 * process in tests). Gauges that must be read from elsewhere (outbox and consumer lag) are filled
 * at scrape time from sources that register and unregister themselves.
 */
function once<T>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

export const natsRequests = once(
  'gov_nats_requests_total',
  () =>
    new Counter({
      name: 'gov_nats_requests_total',
      help: 'Requests answered over NATS, by subject and outcome (ok or the error code)',
      labelNames: ['subject', 'outcome'],
    }),
);

export const natsRequestDuration = once(
  'gov_nats_request_duration_seconds',
  () =>
    new Histogram({
      name: 'gov_nats_request_duration_seconds',
      help: 'Time to answer a request over NATS, by subject',
      labelNames: ['subject'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    }),
);

export const httpRequests = once(
  'gov_http_requests_total',
  () =>
    new Counter({
      name: 'gov_http_requests_total',
      help: 'HTTP requests answered by the gateway, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
    }),
);

export const httpRequestDuration = once(
  'gov_http_request_duration_seconds',
  () =>
    new Histogram({
      name: 'gov_http_request_duration_seconds',
      help: 'Time to answer an HTTP request at the gateway, by method and route pattern',
      labelNames: ['method', 'route'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    }),
);

type LagSource = () => Promise<number | undefined>;
const lagSources = new Map<string, Map<string, LagSource>>();

function lagGauge(name: string, help: string, label: string): Gauge {
  return once(
    name,
    () =>
      new Gauge({
        name,
        help,
        labelNames: [label],
        async collect() {
          this.reset();
          for (const [key, source] of lagSources.get(name) ?? []) {
            const value = await source().catch(() => undefined);
            if (value !== undefined) this.set({ [label]: key }, value);
          }
        },
      }),
  );
}

/** Reports a lag gauge value for `key` at every scrape until the returned function is called. */
function reportLag(name: string, key: string, source: LagSource): () => void {
  const sources = lagSources.get(name) ?? new Map<string, LagSource>();
  lagSources.set(name, sources);
  sources.set(key, source);
  return () => sources.delete(key);
}

lagGauge('gov_outbox_pending_events', 'Events in a service outbox not yet published', 'schema');
lagGauge(
  'gov_consumer_pending_events',
  'Events in GOV_EVENTS not yet delivered to a consumer',
  'consumer',
);

/** Reports the unpublished outbox rows of `schema` (outbox lag). */
export const reportOutboxLag = (schema: string, source: LagSource) =>
  reportLag('gov_outbox_pending_events', schema, source);

/** Reports the events waiting for `consumer` (consumer lag). */
export const reportConsumerLag = (consumer: string, source: LagSource) =>
  reportLag('gov_consumer_pending_events', consumer, source);

/** The Prometheus text exposition of every metric of this process. */
export function metricsText(): Promise<string> {
  return register.metrics();
}

export const METRICS_CONTENT_TYPE = register.contentType;
