import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A service item as the bench spreads cases over it. */
export interface BenchItem {
  readonly code: string;
  readonly name: string;
  readonly promised: number;
  readonly statutory: number;
  readonly organ: string;
  readonly organName: string;
}

interface SeedItem {
  code: string;
  guide: {
    name: string;
    handlingOrgan: string;
    promisedLimitDays: number;
    statutoryLimitDays: number;
  };
}

/** The seed's service items with a running clock (promised limit above 0), from deploy/seed/. */
export function benchItems(repoRoot: string): BenchItem[] {
  const read = <T>(file: string) =>
    JSON.parse(readFileSync(join(repoRoot, 'deploy/seed', file), 'utf8')) as T;
  const { items } = read<{ items: SeedItem[] }>('items.json');
  const { departments } = read<{ departments: { creditCode: string; name: string }[] }>(
    'departments.json',
  );
  const organNames = new Map(departments.map((each) => [each.creditCode, each.name]));
  return items
    .filter((item) => item.guide.promisedLimitDays > 0)
    .map(({ code, guide }) => ({
      code,
      name: guide.name,
      promised: guide.promisedLimitDays,
      statutory: guide.statutoryLimitDays,
      organ: guide.handlingOrgan,
      organName: organNames.get(guide.handlingOrgan) ?? guide.handlingOrgan,
    }));
}
