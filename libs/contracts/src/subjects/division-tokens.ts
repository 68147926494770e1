/**
 * How a 12-digit division code appears in event subjects: its five groups
 * (province PP, city CC, county DD, township TTT, village VVV) as five subject tokens,
 * so a subscriber takes a subtree with a wildcard (`…33.01.>` is all of Hangzhou).
 * Part of the wire format: never change it.
 */
export const DIVISION_GROUP_LENGTHS = [2, 2, 2, 3, 3] as const;

const TWELVE_DIGITS = /^\d{12}$/;

/** Splits a 12-digit division code into its five groups, province first. */
export function divisionGroups(code: string): [string, string, string, string, string] {
  if (!TWELVE_DIGITS.test(code)) {
    throw new RangeError(`A division code in a subject must have 12 digits, got "${code}"`);
  }
  return [
    code.slice(0, 2),
    code.slice(2, 4),
    code.slice(4, 6),
    code.slice(6, 9),
    code.slice(9, 12),
  ];
}

/** `330102001001` → `33.01.02.001.001`. */
export function divisionSubjectTokens(code: string): string {
  return divisionGroups(code).join('.');
}
