/** Every administrative level, top-down; a level's index is its depth below the province. */
export const DIVISION_LEVELS = Object.freeze([
  'province',
  'city',
  'county',
  'township',
  'village',
] as const);

/** An administrative level: province (省), city (市/地区), county (县/区), township (乡镇/街道), village (村/社区). */
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

/** The level `depth` steps below the province (0 is the province itself). */
export function levelAtDepth(depth: number): DivisionLevel {
  const level = DIVISION_LEVELS[depth];
  if (level === undefined) {
    throw new RangeError(`There is no division level at depth ${depth}`);
  }
  return level;
}
