import { type ReplyOf, type RequestContract } from '@gov/contracts';
import { type NatsRequester } from '@gov/nats';
import { type FastifyRequest } from 'fastify';
import { forwardedHeaders } from './forwarded-headers';
import { jsonObjectBody } from './json-body';

/**
 * Sends a command whose fields come from the JSON body and the route's path parameters (the path
 * wins), with the caller's token and idempotency key. The contract validates the whole request
 * before it leaves, so a body of the wrong shape is the caller's 400.
 */
export function forwardCommand<C extends RequestContract>(
  bus: NatsRequester,
  contract: C,
  request: FastifyRequest,
  body: unknown,
  fromPath: Record<string, unknown>,
): Promise<ReplyOf<C>> {
  return bus.request(
    contract,
    { ...jsonObjectBody(body), ...fromPath },
    {
      headers: forwardedHeaders(request),
    },
  );
}
