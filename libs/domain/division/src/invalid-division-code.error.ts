/** Why a division code was rejected: not 6 or 12 digits, not a real province, or a non-zero group below a zero one. */
export type InvalidDivisionCodeReason = 'format' | 'province' | 'gap';

/** Thrown by `parseDivisionCode`; its message is Simplified Chinese the user can act on. */
export class InvalidDivisionCodeError extends Error {
  override readonly name = 'InvalidDivisionCodeError';

  constructor(
    readonly reason: InvalidDivisionCodeReason,
    message: string,
  ) {
    super(message);
  }
}
