import {
  DIVISION_IMPORT_PROBLEM_LIMIT,
  DIVISION_IMPORT_REPORT_LIST_LIMIT,
  type DivisionImportProblem,
  type DivisionImportReport,
  type DivisionListImported,
} from '@gov/contracts';
import { type DivisionListProblem } from '../division-list/parse-division-list';
import { type DivisionChanges } from '../division-list/plan-division-import';

const EVENT_CODES_LIMIT = 1000;

/** The report of a plan: complete counts, and at most 500 changes of each kind. */
export function reportOf(changes: DivisionChanges): DivisionImportReport {
  const first = <T>(items: readonly T[]) => items.slice(0, DIVISION_IMPORT_REPORT_LIST_LIMIT);
  return {
    added: first(changes.added).map(({ code, name, level }) => ({ code, name, level })),
    renamed: first(changes.renamed),
    abolished: first(changes.abolished),
    reinstated: first(changes.reinstated),
    counts: changes.counts,
  };
}

/** The problems a failed job shows: the first 500, in the wire's shape. */
export function problemsOf(problems: readonly DivisionListProblem[]): DivisionImportProblem[] {
  return problems.slice(0, DIVISION_IMPORT_PROBLEM_LIMIT).map((problem) => ({
    line: problem.line,
    code: problem.code,
    message: problem.message,
    ...(problem.divisionCode === undefined ? {} : { divisionCode: problem.divisionCode }),
  }));
}

/** True when applying the plan changes the catalogue. */
export function changesAnything(changes: DivisionChanges): boolean {
  const { added, renamed, abolished, reinstated } = changes.counts;
  return added + renamed + abolished + reinstated > 0;
}

/** The `division.list-imported` event's data for an applied plan. */
export function listImportedData(
  importId: string,
  division: string,
  effectiveDate: string,
  changes: DivisionChanges,
): DivisionListImported {
  const codes = [
    ...changes.added,
    ...changes.renamed,
    ...changes.reinstated,
    ...changes.abolished,
  ].map((change) => change.code);
  return {
    importId,
    division,
    effectiveDate,
    counts: changes.counts,
    changedCodes: codes.slice(0, EVENT_CODES_LIMIT),
    changedCodesComplete: codes.length <= EVENT_CODES_LIMIT,
  };
}
