import { levelAtDepth, type DivisionLevel } from './division-level';
import {
  joinSubjectTokens,
  splitGroups,
  SUBTREE_PREFIX_LENGTHS,
  type DivisionGroups,
} from './division-groups';
import { InvalidDivisionCodeError } from './invalid-division-code.error';
import { validateDivisionCode, type DivisionCodeRejection } from './validate-division-code';

/** The outcome of `tryParseDivisionCode`: the code, or why it was rejected. */
export type DivisionCodeParseResult =
  { readonly ok: true; readonly code: DivisionCode } | DivisionCodeRejection;

// Set in the class's static block, so the parse functions below can reach the private constructor
// while no other code can build an unvalidated DivisionCode.
let create: (groups: DivisionGroups, depth: number) => DivisionCode;

/** A valid 12-digit administrative division code (`PP CC DD TTT VVV`); immutable, compare with `equals`. */
export class DivisionCode {
  static {
    create = (groups, depth) => new DivisionCode(groups, depth);
  }

  /** The canonical 12 digits, e.g. `330102001001`. */
  readonly value: string;
  /** The level: that of the last group that is not all zeros. */
  readonly level: DivisionLevel;
  private readonly groups: DivisionGroups;
  private readonly depth: number;

  private constructor(groups: DivisionGroups, depth: number) {
    this.groups = groups;
    this.depth = depth;
    this.value = groups.join('');
    this.level = levelAtDepth(depth);
    Object.freeze(this);
  }

  /** The digits every code in this subtree starts with: 2, 4, 6, 9 or 12 of them. */
  get subtreePrefix(): string {
    return this.value.slice(0, SUBTREE_PREFIX_LENGTHS[this.depth]);
  }

  /** The division one level up, or null for a province. */
  parent(): DivisionCode | null {
    return this.depth === 0 ? null : this.truncatedTo(this.depth - 1);
  }

  /** Every division above this one, province first, excluding itself. */
  ancestors(): DivisionCode[] {
    return Array.from({ length: this.depth }, (_, depth) => this.truncatedTo(depth));
  }

  /** True when `other` is this division or lies anywhere below it. */
  contains(other: DivisionCode): boolean {
    return other.value.startsWith(this.subtreePrefix);
  }

  /** True when this division is `other` or lies anywhere below it. */
  isWithin(other: DivisionCode): boolean {
    return other.contains(this);
  }

  /** The five groups as NATS subject tokens: `33.01.02.001.001`. */
  subjectTokens(): string {
    return joinSubjectTokens(this.groups);
  }

  /** A NATS subject filter for this whole subtree (`33.01.>`); a village, having no children, is exact. */
  subtreeSubjectWildcard(): string {
    if (this.level === 'village') {
      return this.subjectTokens();
    }
    return joinSubjectTokens([...this.groups.slice(0, this.depth + 1), '>']);
  }

  /** True when both are the same division code. */
  equals(other: DivisionCode): boolean {
    return this.value === other.value;
  }

  /** The 12 digits. */
  toString(): string {
    return this.value;
  }

  /** Serialises as the 12-digit string. */
  toJSON(): string {
    return this.value;
  }

  private truncatedTo(depth: number): DivisionCode {
    const prefix = this.value.slice(0, SUBTREE_PREFIX_LENGTHS[depth]);
    return create(splitGroups(prefix.padEnd(this.value.length, '0')), depth);
  }
}

/** Parses a 6-digit GB/T 2260 or 12-digit code; throws `InvalidDivisionCodeError` when it is not valid. */
export function parseDivisionCode(input: string): DivisionCode {
  const result = tryParseDivisionCode(input);
  if (!result.ok) {
    throw new InvalidDivisionCodeError(result.reason, result.message);
  }
  return result.code;
}

/** Parses a 6-digit GB/T 2260 or 12-digit code without throwing. */
export function tryParseDivisionCode(input: string): DivisionCodeParseResult {
  const validated = validateDivisionCode(input);
  return validated.ok ? { ok: true, code: create(validated.groups, validated.depth) } : validated;
}
