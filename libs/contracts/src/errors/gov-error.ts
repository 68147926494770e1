import { Type, type Static } from '@sinclair/typebox';
import { type ErrorKind } from './error-kind';
import { errorKindOf, errorRegistry, isErrorCode, type ErrorCode } from './registry';

/** NATS header carrying the error code of a failed reply; the body is a {@link ReplyError}. */
export const GOV_ERROR_HEADER = 'gov-error';

/** The body of an error reply on the bus. */
export const ReplyErrorSchema = Type.Object(
  {
    code: Type.String({ minLength: 1 }),
    message: Type.String(),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { $id: 'ReplyError', additionalProperties: false },
);
export type ReplyError = Static<typeof ReplyErrorSchema>;

/**
 * The one error type services throw. It names a registered code; the message defaults to the
 * registry's and may be made more specific; details carry machine-readable context
 * (e.g. which fields failed validation).
 */
export class GovError extends Error {
  readonly kind: ErrorKind;

  constructor(
    readonly code: ErrorCode,
    message: string = errorRegistry[code].message,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'GovError';
    this.kind = errorKindOf(code);
  }

  toReply(): ReplyError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  /** Rebuilds the error from a reply; a code this build does not know becomes an internal error. */
  static fromReply(reply: ReplyError): GovError {
    if (isErrorCode(reply.code)) {
      return new GovError(reply.code, reply.message, reply.details);
    }
    return new GovError('PLATFORM.INTERNAL', reply.message, {
      ...reply.details,
      unregisteredCode: reply.code,
    });
  }
}
