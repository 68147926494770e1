import { type Static, type TSchema } from '@sinclair/typebox';
import { type ErrorCode } from '../errors/registry';
import { commandSubject, querySubject, type RequestFamily } from '../subjects/families';
import { type Access } from './access';

/**
 * A request/reply pair on the bus: its subject, the schema of each side (from which the TypeScript
 * type, the runtime validator and the JSON Schema all derive) and a sample of each, which the
 * contract specs validate.
 */
export interface RequestContract<Req extends TSchema = TSchema, Rep extends TSchema = TSchema> {
  readonly family: RequestFamily;
  readonly subject: string;
  readonly summary: string;
  /** Who may send it; checked again by the service that answers. */
  readonly access: Access;
  /**
   * The codes of this request's own failures (not found, conflict, …). Platform failures every
   * request can meet (validation, authentication, availability) are not repeated here.
   */
  readonly errors: readonly ErrorCode[];
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
  readonly access: Access;
  readonly errors?: readonly ErrorCode[];
  readonly request: Req;
  readonly reply: Rep;
  readonly samples: { readonly request: Static<Req>; readonly reply: Static<Rep> };
}

/** A query: reads, never changes state, safe to retry. */
export function defineQuery<Req extends TSchema, Rep extends TSchema>(
  definition: RequestDefinition<Req, Rep>,
): RequestContract<Req, Rep> {
  return defineRequest('qry', querySubject, definition);
}

/** A command: changes state; retried safely only with an idempotency key. */
export function defineCommand<Req extends TSchema, Rep extends TSchema>(
  definition: RequestDefinition<Req, Rep>,
): RequestContract<Req, Rep> {
  return defineRequest('cmd', commandSubject, definition);
}

function defineRequest<Req extends TSchema, Rep extends TSchema>(
  family: RequestFamily,
  subjectOf: typeof querySubject,
  definition: RequestDefinition<Req, Rep>,
): RequestContract<Req, Rep> {
  const { context, aggregate, verb, version, errors = [], ...rest } = definition;
  return { family, subject: subjectOf(context, aggregate, verb, version), errors, ...rest };
}
