import { authorize, type TokenVerifier } from '@gov/auth';
import { GovError, Headers, validate, type RequestContract } from '@gov/contracts';
import { Logger } from '@nestjs/common';
import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import { type Msg, type NatsConnection, type Subscription } from 'nats';
import {
  contextFromHeaders,
  inSpan,
  natsAttributes,
  natsRequestDuration,
  natsRequests,
  traceHeaders,
} from '@gov/telemetry';
import { lastValueFrom } from 'rxjs';
import { connectNats } from './connect';
import { GovRpcContext } from './gov-rpc.context';
import { decodeJson, encodeErrorReply, encodeJson, toNatsHeaders } from './wire';

export interface GovNatsTransportOptions {
  readonly servers: string;
  /** The queue group, one per service, so instances share the requests. */
  readonly queue: string;
  /** The contracts this service answers; each needs exactly one `@MessagePattern(contract.subject)`. */
  readonly contracts: readonly RequestContract[];
  /** Verifies the caller's token on every request whose contract is not public. */
  readonly verifier: TokenVerifier;
}

/**
 * Nest microservice transport speaking the suite's own wire format (plain JSON body, metadata in
 * headers, errors as `gov-error` replies) instead of Nest's `{pattern, data, id}` envelope, so a
 * department system can call and answer with any NATS client. It validates every request against
 * its contract before the handler runs, and every reply before it leaves. It verifies the caller's
 * token against the contract's access itself, so a request sent straight to the bus cannot act as
 * anyone (DESIGN.md §4).
 */
export class GovNatsTransport extends Server implements CustomTransportStrategy {
  protected override readonly logger = new Logger(GovNatsTransport.name);
  private connection: NatsConnection | undefined;
  private readonly subscriptions: Subscription[] = [];
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: GovNatsTransportOptions) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      this.assertEveryContractHasOneHandler();
      this.connection = await connectNats({
        servers: this.options.servers,
        name: this.options.queue,
      });
      for (const contract of this.options.contracts) {
        this.subscriptions.push(
          this.connection.subscribe(contract.subject, {
            queue: this.options.queue,
            callback: (_error, message) => this.track(this.answer(contract, message)),
          }),
        );
      }
      await this.connection.flush();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /** Stops taking requests, finishes those in flight, then closes the connection. */
  async close(): Promise<void> {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    await Promise.allSettled([...this.inFlight]);
    if (this.connection && !this.connection.isClosed()) await this.connection.drain();
  }

  /** Ready when the connection answers a ping within a second. */
  readonly healthCheck = {
    name: 'nats',
    isUp: async (): Promise<boolean> => {
      const connection = this.connection;
      if (!connection || connection.isClosed()) return false;
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('no answer')), 1_000).unref(),
      );
      return Promise.race([connection.rtt().then(() => true), timeout]);
    },
  };

  on(): never {
    throw new Error('GovNatsTransport emits no events');
  }

  unwrap<T>(): T {
    if (!this.connection) throw new Error('GovNatsTransport is not connected yet');
    return this.connection as T;
  }

  private assertEveryContractHasOneHandler(): void {
    const handled = new Set(this.getHandlers().keys());
    const contracted = new Set(this.options.contracts.map((contract) => contract.subject));
    const missing = [...contracted].filter((subject) => !handled.has(subject));
    const unexpected = [...handled].filter((subject) => !contracted.has(subject));
    if (missing.length > 0 || unexpected.length > 0) {
      throw new Error(
        `Handlers and contracts of "${this.options.queue}" differ: ` +
          `no handler for [${missing.join(', ')}], no contract for [${unexpected.join(', ')}]`,
      );
    }
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  /** Handles one request in a server span continuing the caller's trace, and replies. */
  private async answer(contract: RequestContract, message: Msg): Promise<void> {
    const parent = contextFromHeaders((name) => message.headers?.get(name) || undefined);
    const stopTimer = natsRequestDuration.startTimer({ subject: contract.subject });
    await inSpan(
      `${contract.subject} process`,
      'server',
      natsAttributes(contract.subject, 'process'),
      async (span) => {
        const reply = await this.dispatch(contract, message).then(
          (value) => ({
            data: encodeJson(value),
            headers: toNatsHeaders(traceHeaders()),
            outcome: 'ok',
          }),
          (error: unknown) => {
            const failure = this.toGovError(error, contract.subject);
            span.setAttribute('gov.error.code', failure.code);
            return { ...encodeErrorReply(failure, traceHeaders()), outcome: failure.code };
          },
        );
        natsRequests.inc({ subject: contract.subject, outcome: reply.outcome });
        stopTimer();
        if (message.reply) message.respond(reply.data, { headers: reply.headers });
      },
      parent,
    );
  }

  private async dispatch(contract: RequestContract, message: Msg): Promise<unknown> {
    const authorization = message.headers?.get(Headers.authorization) || undefined;
    const principal = await authorize(contract.access, authorization, this.options.verifier);
    const request = validate(contract.request, decodeJson(message.data));
    if (!request.ok) {
      throw new GovError('PLATFORM.VALIDATION_FAILED', undefined, { issues: request.issues });
    }
    const handler = this.getHandlerByPattern(contract.subject);
    if (!handler) throw new Error(`No handler for ${contract.subject}`);
    const context = new GovRpcContext([message.subject, message.headers, principal]);
    const result: unknown = await lastValueFrom(
      this.transformToObservable(await handler(request.value, context)),
      { defaultValue: undefined },
    );
    const reply = validate(contract.reply, result);
    if (!reply.ok) {
      throw new Error(
        `Reply of ${contract.subject} breaks its contract: ${JSON.stringify(reply.issues)}`,
      );
    }
    return reply.value;
  }

  private toGovError(error: unknown, subject: string): GovError {
    if (error instanceof GovError) return error;
    this.logger.error(
      `Request on ${subject} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      error instanceof Error ? error.stack : undefined,
    );
    return new GovError('PLATFORM.INTERNAL');
  }
}
