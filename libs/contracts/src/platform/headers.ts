/** NATS header names carrying request metadata next to the plain JSON payload (DESIGN.md §2). */
export const Headers = {
  authorization: 'authorization',
  traceparent: 'traceparent',
  tracestate: 'tracestate',
  idempotencyKey: 'idempotency-key',
  contentType: 'content-type',
} as const;

export const JSON_CONTENT_TYPE = 'application/json';
