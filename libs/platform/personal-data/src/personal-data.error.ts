/**
 * Why a stored value could not be opened: not our format, a format version we do not read, a key
 * id missing from the keyring, or a ciphertext that fails authentication (tampered, truncated, or
 * opened under another field or record than it was sealed for).
 */
export type PersonalDataErrorReason =
  'malformed' | 'unsupported-version' | 'unknown-key' | 'not-authentic' | 'invalid-input';

/** A failure to seal or open personal data. Its message never contains the clear value. */
export class PersonalDataError extends Error {
  constructor(
    readonly reason: PersonalDataErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'PersonalDataError';
  }
}
