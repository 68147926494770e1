/**
 * ISO 7064 MOD 11-2 as used by GB 11643-1999. Each weight is 2^(18-i) modulo the prime 11, so it is
 * invertible: changing any one digit always changes the check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const BODY = /^[0-9]{17}$/;

/** The 18th character (a digit or `X`) of an identity number whose first 17 digits are `first17`. */
export function residentIdCheckCharacter(first17: string): string {
  if (!BODY.test(first17)) {
    throw new RangeError(`Expected 17 ASCII digits, got "${first17.slice(0, 24)}"`);
  }
  let sum = 0;
  for (const [index, weight] of WEIGHTS.entries()) {
    sum += Number(first17.charAt(index)) * weight;
  }
  return CHECK_CHARACTERS.charAt(sum % 11);
}
