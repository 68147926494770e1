/** Thrown for a text that is not a `YYYY-MM-DD` date in 1900–9999; the message is Simplified Chinese. */
export class InvalidLocalDateError extends Error {
  override readonly name = 'InvalidLocalDateError';
}
