import { resolve } from 'node:path';
import { acceptanceScenario } from './scenarios/acceptance';
import { measureBaseline } from './scenarios/baselines';
import { catalogueSearchScenario } from './scenarios/catalogue-search';
import { coldStartScenario } from './scenarios/cold-start';
import { eventsScenario } from './scenarios/events';
import { guideReadScenario } from './scenarios/guide-read';
import { submissionScenario } from './scenarios/submission';
import { supervisionScenario } from './scenarios/supervision';
import { benchInfra } from './support/bench-infra';
import { startBenchSuite, throwawayKeys } from './support/bench-suite';
import { type BenchRow, textTable, writeResults } from './support/report';
import {
  type BaselineKey,
  type BenchContext,
  type RunningSuite,
  type Scenario,
} from './support/scenario';

/**
 * `npm run bench [-- <scenario>...]`: measures the baselines the scenarios asked for (all by
 * default) compare with, then runs the scenarios in this order against the suite (compiled, in
 * production mode) on databases of their own; prints the table with ratios and writes
 * `bench/results/<date>-<sha>.{json,md}`. Figures are printed, never asserted: a missed target
 * says MISSED in the table.
 */
const SCENARIOS = {
  baselines: { baselines: ['a', 'b', 'c', 'd'], usesSuite: false, run: () => Promise.resolve([]) },
  'guide-read': guideReadScenario,
  submission: submissionScenario,
  acceptance: acceptanceScenario,
  'catalogue-search': catalogueSearchScenario,
  events: eventsScenario,
  supervision: supervisionScenario,
  'cold-start': coldStartScenario,
} satisfies Record<string, Scenario>;
type ScenarioName = keyof typeof SCENARIOS;

async function main(): Promise<void> {
  const repoRoot = resolve(__dirname, '..');
  const names = scenariosAsked(process.argv.slice(2));
  const infra = await benchInfra();
  const rows: BenchRow[] = [];
  const failures: string[] = [];
  let suite: Promise<RunningSuite> | undefined;
  const stopSuite = async () => {
    const running = suite;
    suite = undefined;
    if (running) await (await running).stop();
  };
  try {
    const baselineRows = new Map<BaselineKey, BenchRow>();
    const needed = [...new Set(names.flatMap((name) => SCENARIOS[name].baselines))].sort();
    if (needed.length > 0) {
      const databaseUrl = await infra.newDatabase('baselines');
      for (const key of needed) {
        process.stderr.write(`[bench] baseline (${key})\n`);
        const row = await measureBaseline(key, { databaseUrl, natsUrl: infra.natsUrl });
        baselineRows.set(key, row);
        rows.push(row);
      }
    }
    const context: BenchContext = {
      repoRoot,
      natsUrl: infra.natsUrl,
      cases: Number(process.env['BENCH_CASES'] ?? 1_000_000),
      newDatabase: (label) => infra.newDatabase(label),
      baseline(key) {
        const row = baselineRows.get(key);
        if (!row) throw new Error(`baseline (${key}) was not measured; name it in the scenario`);
        return row;
      },
      suite: () =>
        (suite ??= infra.newDatabase('suite').then(async (databaseUrl) => ({
          databaseUrl,
          ...(await startBenchSuite({
            repoRoot,
            databaseUrl,
            natsUrl: infra.natsUrl,
            extraEnv: throwawayKeys(),
          })),
        }))),
    };
    for (const [index, name] of names.entries()) {
      process.stderr.write(`[bench] scenario ${name}\n`);
      // One scenario's failure still leaves the others' figures; the run fails at the end.
      try {
        rows.push(...(await SCENARIOS[name].run(context)));
      } catch (error) {
        failures.push(
          `${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
      if (!names.slice(index + 1).some((later) => SCENARIOS[later].usesSuite)) await stopSuite();
    }
  } finally {
    await stopSuite();
    await infra.stop();
  }
  process.stdout.write(`\n${textTable(rows)}\n\n`);
  for (const row of rows.filter((each) => each.note)) {
    process.stdout.write(`  ${row.measurement}: ${row.note}\n`);
  }
  // A run of some scenarios only is named after them, so it never overwrites a full run's summary.
  const part = process.argv.length > 2 ? names.join('+') : undefined;
  const summary = await writeResults(repoRoot, rows, part, {
    ...infra.describe,
    node: process.version,
    ...(failures.length > 0
      ? { failed: failures.map((each) => each.split('\n')[0]).join('; ') }
      : {}),
  });
  process.stdout.write(`\nResults: ${summary} (and .json)\n`);
  if (failures.length > 0) {
    throw new Error(`Scenarios that failed (their rows are missing):\n${failures.join('\n')}`);
  }
}

function scenariosAsked(asked: readonly string[]): ScenarioName[] {
  const unknown = asked.filter((name) => !(name in SCENARIOS));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown scenario ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}`,
    );
  }
  // Always in the registry's order: acceptance works on the cases the submission left.
  return (Object.keys(SCENARIOS) as ScenarioName[]).filter(
    (name) => asked.length === 0 || asked.includes(name),
  );
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
