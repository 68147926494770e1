/**
 * The characters of a query code: digits and capital letters without those read alike on paper or
 * over the phone — 0 and O, 1, I and L. 31 characters; 8 of them carry about 39.6 bits.
 */
export const QUERY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** The length of a query code. */
export const QUERY_CODE_LENGTH = 8;

/** A source of cryptographically strong random bytes, e.g. `node:crypto`'s `randomBytes`. */
export type RandomBytes = (size: number) => Uint8Array;

const ALPHABET_SIZE = QUERY_CODE_ALPHABET.length;
// The largest multiple of the alphabet's size a byte can hold: bytes at or above it are drawn
// again, so that every character is equally likely (no modulo bias).
const UNBIASED_LIMIT = 256 - (256 % ALPHABET_SIZE);
const MAX_DRAWS = 64;

/**
 * A new query code (查询码) for the public progress lookup, drawn uniformly from
 * `QUERY_CODE_ALPHABET` with the injected randomness. Store it as given; compare with
 * `queryCodeMatches`. Throws when the source keeps returning unusable bytes (it is broken).
 */
export function generateQueryCode(randomBytes: RandomBytes): string {
  let code = '';
  for (let draw = 0; draw < MAX_DRAWS && code.length < QUERY_CODE_LENGTH; draw += 1) {
    for (const byte of randomBytes(QUERY_CODE_LENGTH * 2)) {
      if (byte < UNBIASED_LIMIT && code.length < QUERY_CODE_LENGTH) {
        code += QUERY_CODE_ALPHABET.charAt(byte % ALPHABET_SIZE);
      }
    }
  }
  if (code.length < QUERY_CODE_LENGTH) {
    throw new Error('the random source returned too few usable bytes for a query code');
  }
  return code;
}

/**
 * A query code as typed by a person in its stored form: full-width characters folded, spaces and
 * hyphens dropped, letters capitalised; null when it cannot be a query code.
 */
export function normalizeQueryCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) {
    return null;
  }
  const code = input
    .normalize('NFKC')
    .replace(/[\s\-‐‑‒–—―−]/g, '')
    .toUpperCase();
  const valid =
    code.length === QUERY_CODE_LENGTH &&
    [...code].every((character) => QUERY_CODE_ALPHABET.includes(character));
  return valid ? code : null;
}

/**
 * True when `given` (as typed) is the stored query code. The comparison of the normalised code
 * takes the same time wherever the first difference lies, so timing does not reveal a prefix.
 */
export function queryCodeMatches(stored: string, given: string): boolean {
  return constantTimeEqual(stored, normalizeQueryCode(given) ?? '');
}

/** Compares two strings in time that depends only on `expected`'s length, not on where they differ. */
export function constantTimeEqual(expected: string, actual: string): boolean {
  let difference = expected.length ^ actual.length;
  for (let index = 0; index < expected.length; index += 1) {
    // charCodeAt past the end is NaN, and NaN | 0 is 0: a shorter `actual` still takes the same steps.
    difference |= expected.charCodeAt(index) ^ (actual.charCodeAt(index) | 0);
  }
  return difference === 0;
}
