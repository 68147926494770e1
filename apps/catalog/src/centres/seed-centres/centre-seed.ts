import { type WindowKind } from '@gov/contracts';
import { tryParseDivisionCode } from '@gov/division';

/** deploy/seed/centres.json */
export interface CentreSeed {
  readonly centres: readonly CentreSeedEntry[];
}

export interface CentreSeedEntry {
  readonly division: string;
  readonly name: string;
  readonly address: string;
  readonly phone: string;
  readonly openingHours: string;
  readonly residentDepartments: readonly string[];
  readonly windows?: readonly {
    readonly number: string;
    readonly name: string;
    readonly kind: WindowKind;
    readonly departments: readonly string[];
  }[];
}

/**
 * What is wrong with the centre seed, given the divisions and departments seeded before it: the
 * rules the commands enforce (one centre per division, residents registered and of the centre's
 * division or above, windows accepting residents only, window numbers unique in a centre).
 */
export function centreSeedProblems(
  seed: CentreSeed,
  divisions: ReadonlySet<string>,
  departments: ReadonlyMap<string, string>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const centre of seed.centres) {
    const at = `${centre.name} (${centre.division})`;
    const code = tryParseDivisionCode(centre.division);
    if (!code.ok || !divisions.has(centre.division)) problems.push(`${at}: unknown division`);
    if (seen.has(centre.division)) problems.push(`${at}: a second centre in the division`);
    seen.add(centre.division);
    for (const creditCode of centre.residentDepartments) {
      const division = departments.get(creditCode);
      const inLine =
        division !== undefined && centre.division.startsWith(subtreePrefixOf(division));
      if (!inLine) problems.push(`${at}: ${creditCode} is no department of the division or above`);
    }
    const numbers = new Set<string>();
    for (const window of centre.windows ?? []) {
      if (numbers.has(window.number)) problems.push(`${at}: window ${window.number} twice`);
      numbers.add(window.number);
      for (const creditCode of window.departments) {
        if (!centre.residentDepartments.includes(creditCode)) {
          problems.push(`${at}: window ${window.number} accepts ${creditCode}, not resident`);
        }
      }
    }
  }
  return problems;
}

function subtreePrefixOf(division: string): string {
  const parsed = tryParseDivisionCode(division);
  return parsed.ok ? parsed.code.subtreePrefix : division;
}
