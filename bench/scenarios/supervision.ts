import { type Principal } from '@gov/auth';
import { addCalendarDays, type LocalDate, localDateOf } from '@gov/calendar';
import { type INestMicroservice } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { startCases } from '../../apps/cases/src/cases.service';
import { ListCasesUseCase } from '../../apps/cases/src/cases/list-cases/list-cases.use-case';
import { EfficiencyReportUseCase } from '../../apps/cases/src/supervision/efficiency/efficiency-report.use-case';
import { EfficiencyRollup } from '../../apps/cases/src/supervision/efficiency/efficiency-rollup';
import { SupervisionOverviewUseCase } from '../../apps/cases/src/supervision/overview/supervision-overview.use-case';
import { DeadlineWatch } from '../../apps/cases/src/supervision/warnings/deadline-watch';
import { seedCases } from '../seed/seed-cases';
import { benchItems } from '../seed/seed-items';
import { type BenchRow } from '../support/report';
import { throwawayKeys } from '../support/bench-suite';
import { type Scenario } from '../support/scenario';
import { timeRuns, timingOf } from '../support/timing';

const PROVINCE = '330000000000';
const CITY = '330100000000';
const QUERY_TARGET_MS = 50;

/** A provincial supervisor: every case of the province is in their subtree. */
const SUPERVISOR: Principal = {
  subject: 'bench-supervisor',
  username: 'bench-supervisor',
  clientId: 'bench',
  roles: ['supervisor'],
  division: PROVINCE,
  department: null,
  residentId: null,
};

export interface SupervisionBenchOptions {
  readonly repoRoot: string;
  readonly databaseUrl: string;
  readonly natsUrl: string;
  readonly cases: number;
}

/**
 * Issue 9's figures: over `cases` synthetic cases (1,000,000 by default), the supervisors'
 * queries — the watch finding what is due, the "overdue in one city" list and overview, a
 * province's one-month statistics — each timed over repeated runs against the cases service's
 * own use cases, in process (no HTTP: the query is what is measured), and the watch's pass.
 */
export const supervisionScenario: Scenario = {
  baselines: [],
  usesSuite: false,
  run: async (context) =>
    supervisionBench({ ...context, databaseUrl: await context.newDatabase('supervision') }),
};

export async function supervisionBench(options: SupervisionBenchOptions): Promise<BenchRow[]> {
  const service = await startCases({
    DATABASE_URL: options.databaseUrl,
    NATS_URL: options.natsUrl,
    LOG_LEVEL: 'warn',
    HEALTH_PORT: '0',
    CASE_SWEEP_INTERVAL_MS: '86400000',
    AUDIT_ANCHOR_INTERVAL_MS: '86400000',
    ...throwawayKeys(),
  });
  try {
    const today = localDateOf(new Date());
    const seeded = await seedCases(
      options.databaseUrl,
      benchItems(options.repoRoot),
      options.cases,
      today,
    );
    const counts = await caseCounts(service, today);
    const note = `${options.cases.toLocaleString('en')} cases seeded in ${seeded.seconds.toFixed(0)} s; ${counts}`;
    const rollup = await rollupRow(service);
    return [
      ...(await queryRows(service, today)).map((row, index) =>
        index === 0 ? { ...row, note } : row,
      ),
      rollup,
      await staleWeekRow(service, today),
      await watchPassRow(service),
    ];
  } finally {
    await service.close();
  }
}

async function queryRows(service: INestMicroservice, today: LocalDate): Promise<BenchRow[]> {
  const sql = sqlOf(service);
  const overview = service.get(SupervisionOverviewUseCase);
  const list = service.get(ListCasesUseCase);
  const report = service.get(EfficiencyReportUseCase);
  const month = lastFullMonth(today);
  const queries: [string, () => Promise<unknown>][] = [
    [
      'watch: cases due for a look (index range)',
      () =>
        sql(
          `select id from cases."case" where next_warning_on <= ? order by next_warning_on limit 500`,
          [today],
        ),
    ],
    [
      'overdue in one city: first page of the list',
      () => list.list({ division: CITY, overdue: true, limit: 50 }, SUPERVISOR),
    ],
    [
      'overdue and at risk in one city: overview by item',
      () => overview.overview({ division: CITY, groupBy: 'item' }, SUPERVISOR),
    ],
    [
      `province, one month (${month.from}…${month.to}): statistics by department`,
      () => report.report({ ...month, division: PROVINCE, groupBy: 'department' }, SUPERVISOR),
    ],
    [
      'province, one month: statistics by item',
      () => report.report({ ...month, division: PROVINCE, groupBy: 'item' }, SUPERVISOR),
    ],
  ];
  const rows: BenchRow[] = [];
  for (const [measurement, query] of queries) {
    const timing = await timeRuns(30, query);
    rows.push({
      scenario: '5 supervision',
      measurement,
      timing,
      target: { text: `p99 < ${QUERY_TARGET_MS} ms`, met: timing.p99Ms < QUERY_TARGET_MS },
    });
  }
  return rows;
}

/**
 * The province's month again with its last week stale, as ratings of recently concluded cases
 * leave it between two roll-up passes: those days are read from the cases.
 */
async function staleWeekRow(service: INestMicroservice, today: LocalDate): Promise<BenchRow> {
  const sql = sqlOf(service);
  const report = service.get(EfficiencyReportUseCase);
  const month = lastFullMonth(today);
  await sql(
    `insert into cases.efficiency_stale_day (day)
     select generate_series(?::date - 6, ?::date, '1 day')::date`,
    [month.to, month.to],
  );
  const timing = await timeRuns(30, () =>
    report.report({ ...month, division: PROVINCE, groupBy: 'department' }, SUPERVISOR),
  );
  await sql(`delete from cases.efficiency_stale_day`, []);
  return {
    scenario: '5 supervision',
    measurement: 'province, one month with its last 7 days stale: statistics by department',
    timing,
    target: { text: `p99 < ${QUERY_TARGET_MS} ms`, met: timing.p99Ms < QUERY_TARGET_MS },
  };
}

/**
 * The efficiency statistics' roll-up of every closed day seeded (a year), as the service's
 * periodic pass would do over its first nights; the province's reports then read the roll-up.
 */
async function rollupRow(service: INestMicroservice): Promise<BenchRow> {
  const rollup = service.get(EfficiencyRollup);
  const samples: number[] = [];
  for (;;) {
    const started = process.hrtime.bigint();
    if ((await rollup.runOnce(1)) === 0) break;
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const seconds = samples.reduce((sum, each) => sum + each, 0) / 1000;
  return {
    scenario: '5 supervision',
    measurement: 'efficiency roll-up: passes of one closed day, every day seeded',
    timing: timingOf(samples),
    perSecond: samples.length / seconds,
    note: `${samples.length} days rolled up in ${seconds.toFixed(1)} s; /s is days per second`,
  };
}

/** The watch's passes over what is due today (500 cases a pass), until nothing is left. */
async function watchPassRow(service: INestMicroservice): Promise<BenchRow> {
  const watch = service.get(DeadlineWatch);
  const [due] = await sqlOf(service)<{ count: string }>(
    `select count(*) as count from cases."case" where next_warning_on <= ?`,
    [localDateOf(new Date())],
  );
  const samples: number[] = [];
  let raised = 0;
  for (let pass = 0; pass < 200; pass += 1) {
    const started = process.hrtime.bigint();
    const warned = await watch.runOnce(500);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    raised += warned;
    if (warned === 0) break;
  }
  const timing = timingOf(samples);
  const seconds = samples.reduce((sum, each) => sum + each, 0) / 1000;
  return {
    scenario: '5 supervision',
    measurement: 'watch: passes of 500 cases over the day’s due cases',
    timing,
    perSecond: Number(due?.count ?? 0) / seconds,
    note: `${Number(due?.count ?? 0).toLocaleString('en')} cases due today, ${raised.toLocaleString('en')} warnings raised in ${samples.length} passes (${seconds.toFixed(1)} s); /s is cases looked at per second`,
  };
}

async function caseCounts(service: INestMicroservice, today: LocalDate): Promise<string> {
  const [row] = await sqlOf(service)<{ running: string; overdue: string; city_overdue: string }>(
    `select count(*) filter (where clock_phase = 'running') as running,
              count(*) filter (where clock_phase = 'running' and promised_due_on < ?) as overdue,
              count(*) filter (where clock_phase = 'running' and promised_due_on < ?
                                 and division like '3301%') as city_overdue
       from cases."case"`,
    [today, today],
  );
  return `${Number(row?.running).toLocaleString('en')} running, ${Number(row?.overdue).toLocaleString('en')} overdue (${Number(row?.city_overdue).toLocaleString('en')} in the city)`;
}

/** Plain SQL on the service's own connection pool. */
function sqlOf(service: INestMicroservice) {
  const orm = service.get(MikroORM);
  return <Row>(query: string, params: unknown[]) =>
    (orm.em.fork() as EntityManager).execute<Row[]>(query, params);
}

/** The calendar month before the one `today` is in. */
function lastFullMonth(today: LocalDate): { from: LocalDate; to: LocalDate } {
  const firstOfThisMonth = `${today.slice(0, 8)}01` as LocalDate;
  const to = addCalendarDays(firstOfThisMonth, -1);
  return { from: `${to.slice(0, 8)}01` as LocalDate, to };
}
