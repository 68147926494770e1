import { divisionGroups } from '@gov/contracts';

/**
 * The groups of a 12-digit code. The split itself is the wire format's (PP.CC.DD.TTT.VVV),
 * defined once in @gov/contracts.
 */

/** The five groups of a 12-digit code, province first. */
export type DivisionGroups = readonly [string, string, string, string, string];

/** Length of the prefix shared by a whole subtree, per depth (groups are PP CC DD TTT VVV). */
export const SUBTREE_PREFIX_LENGTHS = [2, 4, 6, 9, 12] as const;

/** Splits 12 digits into their five groups (the wire format's split, from @gov/contracts). */
export function splitGroups(twelveDigits: string): DivisionGroups {
  return divisionGroups(twelveDigits);
}

/** Joins groups as NATS subject tokens: `33.01.02.001.001`. */
export function joinSubjectTokens(groups: readonly string[]): string {
  return groups.join('.');
}

/** True when a group is all zeros, i.e. the code stops above that level. */
export function isZeroGroup(group: string): boolean {
  return /^0+$/.test(group);
}
