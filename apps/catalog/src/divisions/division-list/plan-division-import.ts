import { type DivisionChangeCounts, type DivisionLevel } from '@gov/contracts';
import { DIVISION_LEVELS, parseDivisionCode } from '@gov/division';
import { type DivisionListProblem, type DivisionListRow } from './parse-division-list';

/** A division as the catalogue holds it, for comparing with a list. */
export interface CatalogueDivision {
  readonly code: string;
  readonly name: string;
  readonly level: DivisionLevel;
  readonly parentCode: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly successorCodes: readonly string[];
}

/** Abolished code → the codes that succeed it (all 12 digits). */
export interface SuccessorMapping {
  readonly code: string;
  readonly successorCodes: readonly string[];
}

export interface DivisionImportInput {
  readonly rows: readonly DivisionListRow[];
  readonly effectiveDate: string;
  readonly successors: readonly SuccessorMapping[];
  /** The catalogue's divisions the list can touch: see `catalogueNeededFor`. */
  readonly catalogue: ReadonlyMap<string, CatalogueDivision>;
}

/** What applying a list changes; each list in the order it must be written (parents first). */
export interface DivisionChanges {
  readonly added: readonly {
    code: string;
    name: string;
    level: DivisionLevel;
    parentCode: string | null;
  }[];
  readonly renamed: readonly { code: string; name: string; previousName: string }[];
  readonly abolished: readonly { code: string; name: string; successorCodes: string[] }[];
  readonly reinstated: readonly { code: string; name: string }[];
  readonly counts: DivisionChangeCounts;
}

export type DivisionImportPlan =
  | { readonly ok: true; readonly changes: DivisionChanges }
  | { readonly ok: false; readonly problems: readonly DivisionListProblem[] };

/**
 * Compares a checked code list with the catalogue as of its effective date. The list covers the
 * subtree of each of its topmost rows (a row whose parent is not in the list), at the levels it
 * lists: inside that, a division valid in the catalogue but missing from the list is abolished
 * (with everything below it), never deleted. A row's parent must be in the list or stay valid in
 * the catalogue; an abolished code may name successors that are valid after the import. Any
 * problem refuses the whole list.
 */
export function planDivisionImport(input: DivisionImportInput): DivisionImportPlan {
  const { rows, effectiveDate: date, catalogue } = input;
  const listed = new Map(rows.map((row) => [row.code, row]));
  const levels = new Set(rows.map((row) => row.level));
  const extents = rows
    .filter((row) => row.parentCode === null || !listed.has(row.parentCode))
    .map((row) => parseDivisionCode(row.code).subtreePrefix);
  const inExtent = (code: string) => extents.some((prefix) => code.startsWith(prefix));

  const abolishing = new Set<string>();
  const candidates = [...catalogue.values()].filter(
    (division) => !listed.has(division.code) && inExtent(division.code) && validOn(division, date),
  );
  for (const division of candidates) {
    if (levels.has(division.level)) abolishing.add(division.code);
  }
  // Whatever lies below an abolished division goes with it, at the levels the list omits too.
  for (const division of candidates) {
    const above = parseDivisionCode(division.code).ancestors();
    if (above.some((ancestor) => abolishing.has(ancestor.value))) abolishing.add(division.code);
  }
  const validAfter = (code: string) =>
    listed.has(code) || (!abolishing.has(code) && isValidOn(catalogue.get(code), date));

  const problems: DivisionListProblem[] = [];
  const added: { code: string; name: string; level: DivisionLevel; parentCode: string | null }[] =
    [];
  const renamed: { code: string; name: string; previousName: string }[] = [];
  const reinstated: { code: string; name: string }[] = [];
  let unchanged = 0;
  for (const row of rows) {
    if (row.parentCode !== null && !validAfter(row.parentCode)) {
      problems.push({
        line: row.line,
        code: 'CATALOG.DIVISION_PARENT_MISSING',
        message:
          `第 ${row.line} 行“${row.name}”（${row.code}）的上级区划 ${row.parentCode} ` +
          `不在代码表中，在 ${date} 也不是目录中有效的区划`,
        divisionCode: row.code,
      });
      continue;
    }
    const existing = catalogue.get(row.code);
    if (existing === undefined) {
      added.push({ code: row.code, name: row.name, level: row.level, parentCode: row.parentCode });
    } else if (existing.validTo !== null) {
      reinstated.push({ code: row.code, name: row.name });
    } else if (existing.name !== row.name) {
      renamed.push({ code: row.code, name: row.name, previousName: existing.name });
    } else {
      unchanged += 1;
    }
  }

  const successorsOf = checkSuccessors(input.successors, abolishing, validAfter, problems);
  const abolished = [...abolishing].sort().map((code) => {
    const division = catalogue.get(code) as CatalogueDivision;
    if (division.validFrom !== null && division.validFrom >= date) {
      problems.push({
        line: null,
        code: 'CATALOG.DIVISION_VALIDITY_CONFLICT',
        message: `“${division.name}”（${code}）自 ${division.validFrom} 起才有效，不能在 ${date} 撤销`,
        divisionCode: code,
      });
    }
    return { code, name: division.name, successorCodes: successorsOf.get(code) ?? [] };
  });

  if (problems.length > 0) return { ok: false, problems: sortedByLine(problems) };
  added.sort((a, b) => DIVISION_LEVELS.indexOf(a.level) - DIVISION_LEVELS.indexOf(b.level));
  return {
    ok: true,
    changes: {
      added,
      renamed,
      abolished,
      reinstated,
      counts: {
        added: added.length,
        renamed: renamed.length,
        abolished: abolished.length,
        reinstated: reinstated.length,
        unchanged,
      },
    },
  };
}

/**
 * The part of the catalogue a list needs: the subtree of the division common to all its rows, and
 * the parents and successor codes it names outside that subtree.
 */
export function catalogueNeededFor(
  rows: readonly DivisionListRow[],
  successors: readonly SuccessorMapping[],
): { subtreePrefix: string | null; codes: string[] } {
  const common = commonDivision(rows.map((row) => row.code));
  const codes = new Set<string>();
  for (const row of rows) if (row.parentCode !== null) codes.add(row.parentCode);
  for (const mapping of successors) {
    codes.add(mapping.code);
    for (const code of mapping.successorCodes) codes.add(code);
  }
  return {
    subtreePrefix: common === null ? null : parseDivisionCode(common).subtreePrefix,
    codes: [...codes],
  };
}

/** The deepest division whose subtree holds every code (12 digits), or null across provinces. */
export function commonDivision(codes: readonly string[]): string | null {
  const [first, ...others] = codes;
  if (first === undefined) return null;
  const chain = [...parseDivisionCode(first).ancestors(), parseDivisionCode(first)].reverse();
  const parsed = others.map((code) => parseDivisionCode(code));
  const common = chain.find((candidate) => parsed.every((code) => candidate.contains(code)));
  return common?.value ?? null;
}

/** Valid on `date`: valid from then or earlier, and not yet abolished. */
export function validOn(division: CatalogueDivision, date: string): boolean {
  return (
    (division.validFrom === null || division.validFrom <= date) &&
    (division.validTo === null || date < division.validTo)
  );
}

function isValidOn(division: CatalogueDivision | undefined, date: string): boolean {
  return division !== undefined && validOn(division, date);
}

/** Checks the successor mapping; returns it by abolished code. Problems go to `problems`. */
function checkSuccessors(
  mappings: readonly SuccessorMapping[],
  abolishing: ReadonlySet<string>,
  validAfter: (code: string) => boolean,
  problems: DivisionListProblem[],
): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const mapping of mappings) {
    if (byCode.has(mapping.code)) {
      problems.push(successorProblem(mapping.code, `${mapping.code} 的承继关系列了不止一次`));
    }
    byCode.set(mapping.code, [...new Set(mapping.successorCodes)]);
  }
  const cyclic = codesOnCycles(byCode);
  for (const [code, successors] of byCode) {
    if (cyclic.has(code)) {
      problems.push({
        line: null,
        code: 'CATALOG.DIVISION_SUCCESSOR_CYCLE',
        message: `${code} 的承继关系直接或间接指回自身`,
        divisionCode: code,
      });
      continue;
    }
    if (!abolishing.has(code)) {
      problems.push(
        successorProblem(code, `${code} 不在本次导入撤销的区划之中，不能为其指定承继区划`),
      );
    }
    for (const successor of successors.filter((candidate) => !validAfter(candidate))) {
      problems.push(
        successorProblem(code, `${code} 的承继区划 ${successor} 在导入后不是有效的区划`),
      );
    }
  }
  return byCode;
}

function successorProblem(code: string, message: string): DivisionListProblem {
  return { line: null, code: 'CATALOG.DIVISION_SUCCESSOR_INVALID', message, divisionCode: code };
}

/** Codes from which following successors leads back to the same code. */
function codesOnCycles(successors: ReadonlyMap<string, readonly string[]>): Set<string> {
  const cyclic = new Set<string>();
  for (const start of successors.keys()) {
    const seen = new Set<string>();
    const pending = [...(successors.get(start) ?? [])];
    while (pending.length > 0) {
      const code = pending.pop() as string;
      if (code === start) {
        cyclic.add(start);
        break;
      }
      if (seen.has(code)) continue;
      seen.add(code);
      pending.push(...(successors.get(code) ?? []));
    }
  }
  return cyclic;
}

/** Problems of lines in line order, then those about no line. */
function sortedByLine(problems: DivisionListProblem[]): DivisionListProblem[] {
  const order = (problem: DivisionListProblem) => problem.line ?? Number.MAX_SAFE_INTEGER;
  return problems.sort((a, b) => order(a) - order(b));
}
