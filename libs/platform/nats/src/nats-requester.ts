import {
  GOV_ERROR_HEADER,
  GovError,
  validate,
  type ReplyOf,
  type RequestContract,
  type RequestOf,
} from '@gov/contracts';
import { inSpan, natsAttributes, traceHeaders } from '@gov/telemetry';
import { ErrorCode, NatsError, type NatsConnection } from 'nats';
import { decodeJson, decodeErrorReply, encodeJson, toNatsHeaders } from './wire';

export interface RequestOptions {
  /** Metadata headers: `authorization`, `traceparent`, `idempotency-key`, … */
  readonly headers?: Readonly<Record<string, string | undefined>>;
  readonly timeoutMs?: number;
}

/**
 * Sends a contract's request and returns its validated reply. Every failure surfaces as a
 * GovError: the service's own error reply, `PLATFORM.SERVICE_UNAVAILABLE` when no instance
 * listens, `PLATFORM.TIMEOUT` when none answers in time.
 */
export class NatsRequester {
  constructor(
    private readonly connection: NatsConnection,
    private readonly defaultTimeoutMs = 5_000,
  ) {}

  /** Sends in a client span whose context travels in the request headers. */
  request<C extends RequestContract>(
    contract: C,
    payload: RequestOf<C>,
    options: RequestOptions = {},
  ): Promise<ReplyOf<C>> {
    return inSpan(
      `${contract.subject} send`,
      'client',
      natsAttributes(contract.subject, 'send'),
      () =>
        this.send(contract, payload, {
          ...options,
          headers: { ...options.headers, ...traceHeaders() },
        }),
    );
  }

  private async send<C extends RequestContract>(
    contract: C,
    payload: RequestOf<C>,
    options: RequestOptions,
  ): Promise<ReplyOf<C>> {
    const outgoing = validate(contract.request, payload);
    if (!outgoing.ok) {
      throw new GovError('PLATFORM.VALIDATION_FAILED', undefined, { issues: outgoing.issues });
    }
    const message = await this.connection
      .request(contract.subject, encodeJson(payload), {
        timeout: options.timeoutMs ?? this.defaultTimeoutMs,
        headers: toNatsHeaders(options.headers),
      })
      .catch((error: unknown) => {
        throw transportError(error, contract.subject);
      });

    const errorCode = message.headers?.get(GOV_ERROR_HEADER);
    if (errorCode) throw decodeErrorReply(errorCode, message.data);

    const reply = validate(contract.reply, decodeJson(message.data));
    if (!reply.ok) {
      throw new GovError('PLATFORM.INTERNAL', undefined, {
        subject: contract.subject,
        reason: 'reply does not match its contract',
        issues: reply.issues,
      });
    }
    return reply.value;
  }
}

const TIMEOUT: string = ErrorCode.Timeout;

function transportError(error: unknown, subject: string): GovError {
  if (error instanceof NatsError && error.code === TIMEOUT) {
    return new GovError('PLATFORM.TIMEOUT', undefined, { subject });
  }
  // No responders, a closed or draining connection, anything else: nobody can answer now.
  return new GovError('PLATFORM.SERVICE_UNAVAILABLE', undefined, {
    subject,
    cause: error instanceof Error ? error.message : String(error),
  });
}
