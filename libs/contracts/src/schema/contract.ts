import { type Static, type TSchema } from '@sinclair/typebox';
import { commandSubject, querySubject, type RequestFamily } from '../subjects/families';

/**
 * A request/reply pair on the bus: its subject, the schema of each side (from which the TypeScript
 * type, the runtime validator and the JSON Schema all derive) and a sample of each, which the
 * contract specs validate.
 */
export interface RequestContract<Req extends TSchema = TSchema, Rep extends TSchema = TSchema> {
  readonly family: RequestFamily;
  readonly subject: string;
  readonly summary: string;
  readonly request: Req;
  readonly reply: Rep;
  readonly samples: { readonly request: Static<Req>; readonly reply: Static<Rep> };
}

export type RequestOf<C extends RequestContract> = Static<C['request']>;
export type ReplyOf<C extends RequestContract> = Static<C['reply']>;

interface RequestDefinition<Req extends TSchema, Rep extends TSchema> {
  readonly context: string;
  readonly aggregate: string;
  readonly verb: string;
  readonly version: number;
  readonly summary: string;
  readonly request: Req;
  readonly reply: Rep;
  readonly samples: { readonly request: Static<Req>; readonly reply: Static<Rep> };
}

/** A query: reads, never changes state, safe to retry. */
export function defineQuery<Req extends TSchema, Rep extends TSchema>(
  definition: RequestDefinition<Req, Rep>,
): RequestContract<Req, Rep> {
  const { context, aggregate, verb, version, ...rest } = definition;
  return { family: 'qry', subject: querySubject(context, aggregate, verb, version), ...rest };
}

/** A command: changes state; retried safely only with an idempotency key. */
export function defineCommand<Req extends TSchema, Rep extends TSchema>(
  definition: RequestDefinition<Req, Rep>,
): RequestContract<Req, Rep> {
  const { context, aggregate, verb, version, ...rest } = definition;
  return { family: 'cmd', subject: commandSubject(context, aggregate, verb, version), ...rest };
}
