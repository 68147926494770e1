import { resolve } from 'node:path';
import { baselinesBench } from './scenarios/baselines';
import { supervisionBench } from './scenarios/supervision';
import { benchInfra } from './support/bench-infra';
import { type BenchRow, textTable, writeResults } from './support/report';

/**
 * `npm run bench [-- <scenario>...]`: runs the scenarios asked for (all by default) on a database
 * of their own, prints the table and writes `bench/results/<date>-<sha>.{json,md}`. Figures are
 * printed, never asserted: a missed target says MISSED in the table.
 */
const SCENARIOS = {
  baselines: baselinesBench,
  supervision: supervisionBench,
} as const;
type ScenarioName = keyof typeof SCENARIOS;

async function main(): Promise<void> {
  const repoRoot = resolve(__dirname, '..');
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in SCENARIOS));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown scenario ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}`,
    );
  }
  const names = (asked.length > 0 ? asked : Object.keys(SCENARIOS)) as ScenarioName[];
  const cases = Number(process.env['BENCH_CASES'] ?? 1_000_000);
  const infra = await benchInfra();
  const rows: BenchRow[] = [];
  try {
    for (const name of names) {
      process.stderr.write(`[bench] scenario ${name}\n`);
      rows.push(
        ...(await SCENARIOS[name]({
          repoRoot,
          databaseUrl: infra.databaseUrl,
          natsUrl: infra.natsUrl,
          cases,
        })),
      );
    }
  } finally {
    await infra.stop();
  }
  process.stdout.write(`\n${textTable(rows)}\n\n`);
  for (const row of rows.filter((each) => each.note)) {
    process.stdout.write(`  ${row.measurement}: ${row.note}\n`);
  }
  const summary = writeResults(repoRoot, rows, {
    ...infra.describe,
    cases: cases.toLocaleString('en'),
    node: process.version,
  });
  process.stdout.write(`\nResults: ${summary} (and .json)\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
