/**
 * The GB 32100-2015 check scheme. Every weight is a power of 3 modulo the prime 31, so it is
 * invertible: changing any one character always changes the check character.
 */

/** The 31 characters a credit code may use, in value order: digits, then letters without I O Z S V. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const BODY = /^[0-9A-HJ-NPQRTUWXY]{17}$/;

/** The 18th character of a credit code whose first 17 characters are `first17`. */
export function creditCodeCheckCharacter(first17: string): string {
  if (!BODY.test(first17)) {
    throw new RangeError(
      `Expected 17 characters from ${CREDIT_CODE_CHARSET}, got "${first17.slice(0, 24)}"`,
    );
  }
  let sum = 0;
  for (const [index, weight] of WEIGHTS.entries()) {
    sum += CREDIT_CODE_CHARSET.indexOf(first17.charAt(index)) * weight;
  }
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}
