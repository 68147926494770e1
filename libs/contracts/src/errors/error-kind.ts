/**
 * What kind of failure an error code is. The gateway maps each kind to one HTTP status in an
 * exhaustive switch; services only ever name a code.
 */
export const ERROR_KINDS = [
  'validation',
  'unauthenticated',
  'not_found',
  'conflict',
  'payload_too_large',
  'forbidden',
  'unprocessable',
  'rate_limited',
  'unavailable',
  'timeout',
  'internal',
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

/** One entry of the error registry: its kind and the default message shown to a person (zh-CN). */
export interface ErrorDefinition {
  readonly kind: ErrorKind;
  readonly message: string;
}
