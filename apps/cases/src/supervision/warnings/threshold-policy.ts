import { defaultYellowDays } from './warning-days';

/** A threshold set for a division's subtree, optionally for one item of it. */
export interface ThresholdRule {
  /** The digits every division of the subtree starts with. */
  readonly divisionPrefix: string;
  /** Null for every item of the subtree. */
  readonly itemCode: string | null;
  readonly yellowDays: number;
}

/**
 * The yellow threshold that applies to a case: an item's setting beats a division's, and of
 * either the deepest division (longest prefix) beats a shallower one; without any setting, the
 * default rule on the case's promised limit.
 */
export class ThresholdPolicy {
  constructor(private readonly rules: readonly ThresholdRule[]) {}

  yellowDaysFor(division: string, itemCode: string, promisedLimit: number): number {
    let best: ThresholdRule | null = null;
    for (const rule of this.rules) {
      if (!division.startsWith(rule.divisionPrefix)) continue;
      if (rule.itemCode !== null && rule.itemCode !== itemCode) continue;
      if (best === null || outranks(rule, best)) best = rule;
    }
    return best?.yellowDays ?? defaultYellowDays(promisedLimit);
  }
}

function outranks(rule: ThresholdRule, other: ThresholdRule): boolean {
  const itemFirst = Number(rule.itemCode !== null) - Number(other.itemCode !== null);
  if (itemFirst !== 0) return itemFirst > 0;
  return rule.divisionPrefix.length > other.divisionPrefix.length;
}
