import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { type Timing } from './timing';

/** One measured figure of a scenario. */
export interface BenchRow {
  readonly scenario: string;
  readonly measurement: string;
  readonly timing: Timing;
  /** Requests (or items) per second, where throughput is what is measured. */
  readonly perSecond?: number;
  readonly errors?: number;
  /** Which baseline this row measures, for the ratios of the others. */
  readonly baseline?: 'a' | 'b' | 'c' | 'd';
  /** Throughput as a share of baselines measured in the same run. */
  readonly ratios?: readonly { readonly baseline: string; readonly value: number }[];
  /** The figure to reach, and whether this run reached it. */
  readonly target?: { readonly text: string; readonly met: boolean };
  readonly note?: string;
}

const HEADERS = [
  'scenario',
  'measurement',
  '/s',
  'ratio',
  'p50 ms',
  'p90 ms',
  'p99 ms',
  'runs',
  'errors',
  'target',
];

function cells(row: BenchRow): string[] {
  const ms = (value: number) => value.toFixed(1);
  return [
    row.scenario,
    row.measurement,
    row.perSecond === undefined ? '' : row.perSecond.toFixed(0),
    (row.ratios ?? []).map((ratio) => `${ratio.value.toFixed(2)}×(${ratio.baseline})`).join(' '),
    ms(row.timing.p50Ms),
    ms(row.timing.p90Ms),
    ms(row.timing.p99Ms),
    String(row.timing.runs),
    row.errors === undefined ? '' : String(row.errors),
    row.target === undefined ? '' : `${row.target.met ? 'met' : 'MISSED'}: ${row.target.text}`,
  ];
}

/** The rows as a plain-text table for the terminal. */
export function textTable(rows: readonly BenchRow[]): string {
  const table = [HEADERS, ...rows.map(cells)];
  const widths = HEADERS.map((_, column) =>
    Math.max(...table.map((line) => [...(line[column] ?? '')].length)),
  );
  return table
    .map((line) =>
      line
        .map((cell, column) => cell.padEnd((widths[column] ?? 0) + 2))
        .join('')
        .trimEnd(),
    )
    .join('\n');
}

/** The rows as a markdown table, with the notes below it. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = [
    `| ${HEADERS.join(' | ')} |`,
    `| ${HEADERS.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${cells(row).join(' | ')} |`),
  ];
  const notes = rows.filter((row) => row.note).map((row) => `- ${row.measurement}: ${row.note}`);
  return [...lines, ...(notes.length ? ['', ...notes] : [])].join('\n');
}

/**
 * Writes `bench/results/<date>-<git sha>[-<part>].json` and `.md` (the summary to commit when it is worth
 * keeping), the summary in the house format so that it is committed as written; answers the
 * markdown file's path.
 */
export async function writeResults(
  repoRoot: string,
  rows: readonly BenchRow[],
  part: string | undefined,
  context: Record<string, string>,
): Promise<string> {
  const sha = execSync('git rev-parse --short HEAD', { cwd: repoRoot }).toString().trim();
  const date = new Date().toISOString().slice(0, 10);
  const directory = join(repoRoot, 'bench', 'results');
  mkdirSync(directory, { recursive: true });
  const base = join(directory, [date, sha, ...(part ? [part] : [])].join('-'));
  writeFileSync(`${base}.json`, `${JSON.stringify({ date, sha, context, rows }, null, 2)}\n`);
  const settings = Object.entries(context).map(([name, value]) => `- ${name}: ${value}`);
  const summary = [`# Bench ${date} at ${sha}`, '', ...settings, '', markdownTable(rows), ''];
  const house = await resolveConfig(`${base}.md`);
  writeFileSync(`${base}.md`, await format(summary.join('\n'), { ...house, parser: 'markdown' }));
  return `${base}.md`;
}
