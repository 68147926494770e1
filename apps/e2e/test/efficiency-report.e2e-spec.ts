import { type LocalDate, type WorkingCalendar } from '@gov/calendar';
import {
  EFFICIENCY_GROUPINGS,
  type EfficiencyFigures,
  type EfficiencyGrouping,
  type EfficiencyReport,
} from '@gov/contracts';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { CentreCalendars } from '../../cases/src/cases/centre-calendars';
import { restoreCaseState } from '../../cases/src/cases/case-state-json';
import { EfficiencyRollup } from '../../cases/src/supervision/efficiency/efficiency-rollup';
import { daysOf, reportPeriod } from '../../cases/src/supervision/efficiency/report-period';
import { bruteForceReport, type StoredCase } from './support/efficiency-brute-force';
import { buildCase, casePlans, rateConcluded } from './support/efficiency-cases';
import { Suite } from './support/suite';

const FROM = '2025-11-03';
const TO = '2025-11-28';
/** This test's cases live in 2025; other tests share the database with cases of later days. */
const OWN_CASES_BEFORE = '2026-01-01';
const DIVISIONS = ['330102000000', '330102001000'];

/**
 * 效能评估 through the gateway: a varied set of cases driven through real transitions at chosen
 * instants around a period, the report for the period compared group by group with a recount
 * from the cases' states, the CSV export, and the refusals.
 */
describe('efficiency report', () => {
  let suite: Suite;
  let supervisor: Record<string, string>;
  let cases: StoredCase[];
  const calendars = new Map<string, WorkingCalendar>();

  beforeAll(async () => {
    // No sweep while the set is built: it would deem the fresh (back-dated) applications accepted.
    suite = await Suite.start(['catalog', 'cases'], { env: { CASE_SWEEP_INTERVAL_MS: '3600000' } });
    supervisor = await suite.as('hz-supervisor');
    const citizen = await suite.as('citizen-zhang');
    for (const division of DIVISIONS) {
      calendars.set(division, await suite.service('cases').get(CentreCalendars).of(division));
    }
    const calendar = calendars.get(DIVISIONS[0] ?? '') as WorkingCalendar;
    for (const plan of casePlans(calendar, '2025-10-27' as LocalDate, 48)) {
      await buildCase(suite, citizen, plan);
    }
    await rateConcluded(suite);
    cases = await storedCases();
  }, 180_000);
  afterAll(() => suite.stop());

  const em = () => suite.service('cases').get(MikroORM).em.fork() as EntityManager;

  async function storedCases(): Promise<StoredCase[]> {
    const rows = await em().execute<
      {
        division: string;
        item_code: string;
        handling_organ: string | null;
        received_at: Date;
        state: unknown;
        level: number | null;
        annulled: boolean | null;
        rectification: string | null;
      }[]
    >(
      `select c.division, c.item_code, c.handling_organ, c.received_at, c.state,
              r.level, r.annulled, x.status as rectification
       from cases."case" c
       left join cases.rating r on r.case_id = c.id
       left join cases.rectification x on x.case_id = c.id
       where c.division like '330102%' and c.received_at < ?`,
      [OWN_CASES_BEFORE],
    );
    return rows.map((row) => ({
      division: row.division,
      itemCode: row.item_code,
      handlingOrgan: row.handling_organ,
      receivedAt: new Date(row.received_at),
      state: restoreCaseState(row.state),
      rating:
        row.level === null
          ? null
          : { level: row.level, annulled: row.annulled ?? false, rectification: row.rectification },
    }));
  }

  const query = (groupBy: string, extra = '') =>
    `?from=${FROM}&to=${TO}&division=330102&groupBy=${groupBy}${extra}`;

  async function report(groupBy: EfficiencyGrouping): Promise<EfficiencyReport> {
    const answer = await suite.get(`/api/v1/efficiency-report${query(groupBy)}`, supervisor);
    expect(answer.status).toBe(200);
    return answer.body as EfficiencyReport;
  }

  it('is built on a set that exercises every figure, with cases on both sides of the period', () => {
    const { total } = bruteForceReport(cases, calendars, 'department', FROM, TO);
    const concludedEver = cases.filter((each) => each.state.concludedAt !== undefined).length;
    expect(cases).toHaveLength(48);
    expect(total.received).toBeLessThan(48);
    expect(total.concluded).toBeGreaterThanOrEqual(10);
    expect(concludedEver).toBeGreaterThan(total.concluded);
    expect(total.onTime).toBeGreaterThan(total.early);
    expect(total.early).toBeGreaterThan(0);
    expect(total.overdue).toBeGreaterThan(0);
    expect(total.suspensions).toBeGreaterThan(0);
    expect(total.extensions).toBeGreaterThan(0);
    expect(total.badReviews).toBeGreaterThan(total.rectified);
    expect(total.rectified).toBeGreaterThan(0);
  });

  /** The report by `grouping` compared group by group with a recount of `recounted`. */
  async function expectRecount(grouping: EfficiencyGrouping, recounted: StoredCase[]) {
    const expected = bruteForceReport(recounted, calendars, grouping, FROM, TO);
    const answer = await report(grouping);
    expect(answer).toMatchObject({
      from: FROM,
      to: TO,
      division: '330102000000',
      groupBy: grouping,
    });
    const actual = new Map(answer.rows.map(({ key, name: _name, ...figures }) => [key, figures]));
    expect([...actual.keys()].sort()).toEqual([...expected.groups.keys()].sort());
    for (const [key, figures] of expected.groups) {
      expect({ key, ...rounded(actual.get(key)) }).toEqual({ key, ...rounded(figures) });
    }
    expect(rounded(answer.total)).toEqual(rounded(expected.total));
    expect(expected.groups.size).toBeGreaterThan(1);
  }

  it.each(EFFICIENCY_GROUPINGS.map((grouping) => [grouping]))(
    'gives by %s, group by group, what recounting the period case by case gives',
    async (grouping) => {
      await expectRecount(grouping, cases);
    },
  );

  describe('with most of its days rolled up', () => {
    const period = reportPeriod(FROM, TO, 366);
    const rollup = () => suite.service('cases').get(EfficiencyRollup);

    // Every third day stays unrolled: one report adds up days of the roll-up and days of the cases.
    beforeAll(async () => {
      for (const [index, { day }] of daysOf(period).entries()) {
        if (index % 3 !== 1) await rollup().rollUp(day);
      }
    });

    it.each(EFFICIENCY_GROUPINGS.map((grouping) => [grouping]))(
      'still gives by %s what recounting the period case by case gives',
      async (grouping) => {
        await expectRecount(grouping, cases);
      },
    );

    it('reads a rolled-up day from the roll-up rather than recounting its cases', async () => {
      const before = await report('department');
      const [row] = await em().execute<{ day: string; group_key: string }[]>(
        `update cases.efficiency_day set received = received + 1000
         where ctid = (select ctid from cases.efficiency_day
                       where prefix = '330102' and "grouping" = 'department' and day between ? and ?
                       limit 1)
         returning to_char(day, 'YYYY-MM-DD') as day, group_key`,
        [FROM, TO],
      );
      const after = await report('department');
      await rollup().rollUp(row?.day as LocalDate);
      expect(after.total.received).toBe(before.total.received + 1000);
      expect((await report('department')).total).toEqual(before.total);
    });

    it('counts a rating annulled after its day was rolled up at once, from the cases until the day is rolled up again', async () => {
      const [rated] = await em().execute<{ case_id: string; day: string }[]>(
        `select r.case_id, to_char(f.concluded_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day
         from cases.rating r join cases.case_figures f using (case_id)
         join cases.efficiency_rolled_day d
           on d.day = (f.concluded_at at time zone 'Asia/Shanghai')::date
         where not r.annulled and f.concluded_at >= ? and f.concluded_at < ?
         order by f.concluded_at limit 1`,
        [period.startsAt, period.endsAt],
      );
      const annul = (annulled: boolean) =>
        em().execute(`update cases.rating set annulled = ? where case_id = ?`, [
          annulled,
          rated?.case_id,
        ]);
      await annul(true);
      try {
        expect(await staleDays()).toContain(rated?.day);
        await expectRecount('item', await storedCases());
        await rollup().rollUp(rated?.day as LocalDate);
        expect(await staleDays()).not.toContain(rated?.day);
        await expectRecount('item', await storedCases());
      } finally {
        await annul(false);
        await rollup().rollUp(rated?.day as LocalDate);
      }
      await expectRecount('item', cases);
    });

    async function staleDays(): Promise<string[]> {
      const rows = await em().execute<{ day: string }[]>(
        `select to_char(day, 'YYYY-MM-DD') as day from cases.efficiency_stale_day order by day`,
      );
      return rows.map((row) => row.day);
    }
  });

  it('stores the figures once per concluded case, and the acceptance instant of each accepted one', async () => {
    const [row] = await em().execute<{ figures: string; concluded: string; mismatched: string }[]>(
      `select (select count(*) from cases.case_figures where received_at < ?) as figures,
              (select count(*) from cases."case"
               where state->>'concludedAt' is not null and received_at < ?) as concluded,
              (select count(*) from cases."case"
               where accepted_at is distinct from (state->'acceptance'->>'at')::timestamptz) as mismatched`,
      [OWN_CASES_BEFORE, OWN_CASES_BEFORE],
    );
    expect(Number(row?.figures)).toBe(cases.filter((each) => each.state.concludedAt).length);
    expect(row?.figures).toBe(row?.concluded);
    expect(row?.mismatched).toBe('0');
  });

  it('exports the same report as CSV for Excel: BOM, Chinese headers, the same numbers', async () => {
    const json = await report('item');
    const response = await fetch(`${suite.baseUrl}/api/v1/efficiency-report.csv${query('item')}`, {
      headers: supervisor,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="efficiency-330102000000-${FROM}-${TO}-item.csv"`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(bytes.slice(3))
      .split('\r\n');
    expect(lines[0]?.split(',').slice(0, 7)).toEqual([
      '事项编码',
      '事项名称',
      '收件数',
      '受理数',
      '办结数',
      '按时办结数',
      '按时办结率',
    ]);
    const byCode = new Map(lines.slice(1, -2).map((line) => [line.split(',')[0], line.split(',')]));
    for (const row of json.rows) {
      const cells = byCode.get(row.key ?? '');
      expect(cells?.slice(2, 7)).toEqual([
        String(row.received),
        String(row.accepted),
        String(row.concluded),
        String(row.onTime),
        row.onTimeRate === null ? '' : `${(row.onTimeRate * 100).toFixed(1)}%`,
      ]);
    }
    expect(lines.at(-2)?.split(',').slice(0, 5)).toEqual([
      '',
      '合计',
      String(json.total.received),
      String(json.total.accepted),
      String(json.total.concluded),
    ]);
  });

  it('reports a centre administrator’s own subtree when no division is named', async () => {
    const admin = await suite.as('sc-center-admin');
    const own = await suite.get(`/api/v1/efficiency-report?from=${FROM}&to=${TO}`, admin);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ division: '330102000000', groupBy: 'department' });
    expect((own.body as EfficiencyReport).total).toEqual((await report('department')).total);
  });

  it.each([
    ['an end before the start', `from=${TO}&to=${FROM}`, 400, 'STATISTICS.PERIOD_REVERSED'],
    ['more than 366 days', 'from=2025-01-01&to=2026-01-02', 400, 'STATISTICS.PERIOD_TOO_LONG'],
    [
      'a division above the caller',
      `from=${FROM}&to=${TO}&division=330100`,
      403,
      'AUTH.DIVISION_OUT_OF_SCOPE',
    ],
  ])('refuses %s with its own code, as JSON and as CSV', async (_case, params, status, code) => {
    const admin = await suite.as('sc-center-admin');
    for (const path of ['efficiency-report', 'efficiency-report.csv']) {
      const answer = await suite.get(`/api/v1/${path}?${params}`, admin);
      expect(answer.status).toBe(status);
      expect(answer.body).toMatchObject({ code });
    }
  });

  it('admits supervisors and centre administrators only', async () => {
    const clerk = await suite.as('sc-clerk');
    const answer = await suite.get(`/api/v1/efficiency-report?from=${FROM}&to=${TO}`, clerk);
    expect(answer.status).toBe(403);
  });
});

/** Figures with their fractions rounded, so SQL's and JavaScript's arithmetic compare equal. */
function rounded(
  figures: EfficiencyFigures | undefined,
): Record<string, number | null> | undefined {
  if (figures === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(figures).map(([name, value]) => [
      name,
      typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value,
    ]),
  );
}
