import { GovError } from '@gov/contracts';
import { type DivisionCode, tryParseDivisionCode } from '@gov/division';
import { type Principal } from './principal';

/**
 * Where a staff member may act (DESIGN.md §4): the subtree of their division. Services re-check it
 * on the records they hold: a record outside it is answered as not found (its existence does not
 * leak), a filter or a new record naming a division outside it is refused with 403.
 */
export class Scope {
  private constructor(private readonly root: DivisionCode | null) {}

  /** The scope of a principal; one without a valid division reaches nothing. */
  static of(principal: Principal): Scope {
    return Scope.ofDivision(principal.division);
  }

  /** The subtree below (and including) a division given as 6 or 12 digits. */
  static ofDivision(division: string | null): Scope {
    const parsed = division === null ? null : tryParseDivisionCode(division);
    return new Scope(parsed?.ok ? parsed.code : null);
  }

  /** The 12-digit code at the top of the subtree, or null when the principal reaches nothing. */
  get division(): string | null {
    return this.root?.value ?? null;
  }

  /** The digits every division code in scope starts with, for a `like 'prefix%'` filter. */
  get divisionPrefix(): string | null {
    return this.root?.subtreePrefix ?? null;
  }

  /**
   * The subtree as a range of 12-digit codes, `from <= code < to`: the same cases as the prefix,
   * but a condition a btree index on the code takes as its own (a `like` it only filters by). Null
   * when the principal reaches nothing.
   */
  get divisionRange(): { readonly from: string; readonly to: string } | null {
    const prefix = this.divisionPrefix;
    if (prefix === null) return null;
    // Digits only: the next prefix of the same length bounds the subtree ('3301' → '3302').
    const next = (BigInt(prefix) + 1n).toString().padStart(prefix.length, '0');
    return { from: prefix, to: next.length > prefix.length ? '9'.repeat(13) : next };
  }

  /** True when the division (6 or 12 digits) lies in the subtree. */
  includes(division: string): boolean {
    const parsed = tryParseDivisionCode(division);
    return this.root !== null && parsed.ok && this.root.contains(parsed.code);
  }

  /** Refuses (403 AUTH.DIVISION_OUT_OF_SCOPE) a division the caller names outside their subtree. */
  assertIncludes(division: string): void {
    if (!this.includes(division)) {
      throw new GovError('AUTH.DIVISION_OUT_OF_SCOPE', undefined, {
        division,
        scope: this.division,
      });
    }
  }
}
