import { type AuditAnchor } from './audit-anchor';

/** The first thing wrong with a trail, precise enough to point a supervisor at the row. */
export type AuditProblem =
  /** The row's content no longer gives its stored hash: it was edited. */
  | {
      readonly kind: 'row-altered';
      readonly position: number;
      readonly stored: string;
      readonly computed: string;
    }
  /** A position is missing (deleted rows) or out of place. */
  | { readonly kind: 'position-gap'; readonly expected: number; readonly found: number | null }
  /** The row does not link to the row before it: a row was removed or inserted. */
  | {
      readonly kind: 'link-broken';
      readonly position: number;
      readonly expectedPrevHash: string | null;
      readonly storedPrevHash: string | null;
    }
  /** The row names a hash algorithm this trail was not given. */
  | { readonly kind: 'unknown-algorithm'; readonly position: number; readonly algorithm: string }
  /** An anchor whose signature is wrong (forged or altered) or that belongs to another schema. */
  | { readonly kind: 'anchor-forged'; readonly anchor: AuditAnchor; readonly reason: string }
  /** The chain disagrees with a signed anchor: it was recomputed after an edit. */
  | { readonly kind: 'anchor-mismatch'; readonly anchor: AuditAnchor; readonly found: string }
  /** The chain ends before a signed anchor's position: rows at its end were removed. */
  | { readonly kind: 'chain-truncated'; readonly anchor: AuditAnchor; readonly head: number }
  /** One aggregate's sequences have a hole (or end before the aggregate's version). */
  | { readonly kind: 'sequence-gap'; readonly expected: number; readonly found: number | null };

/** The outcome of a verification: what was checked, and the first problem if there is one. */
export interface AuditVerification {
  readonly ok: boolean;
  readonly problem: AuditProblem | null;
  /** Rows whose hash and link were checked. */
  readonly rowsChecked: number;
  /** Signed anchors compared with the chain. */
  readonly anchorsChecked: number;
  /** The last position checked and its hash (null when nothing was). */
  readonly head: { readonly position: number; readonly hash: string } | null;
}

/** A one-line English description of a problem, for logs and the supervisor's report. */
export function describeProblem(problem: AuditProblem): string {
  switch (problem.kind) {
    case 'row-altered':
      return `row ${problem.position} was altered: its content hashes to ${problem.computed}, not ${problem.stored}`;
    case 'position-gap':
      return problem.found === null
        ? `row ${problem.expected} is missing`
        : `row ${problem.expected} is missing: the next row is ${problem.found}`;
    case 'link-broken':
      return `row ${problem.position} does not link to the row before it`;
    case 'unknown-algorithm':
      return `row ${problem.position} uses unknown hash algorithm ${problem.algorithm}`;
    case 'anchor-forged':
      return `anchor of row ${problem.anchor.position} is not genuine: ${problem.reason}`;
    case 'anchor-mismatch':
      return `row ${problem.anchor.position} disagrees with its signed anchor: the chain was recomputed`;
    case 'chain-truncated':
      return `the chain ends at row ${problem.head}, before the signed anchor of row ${problem.anchor.position}`;
    case 'sequence-gap':
      return `sequence ${problem.expected} of the aggregate is missing`;
  }
}
