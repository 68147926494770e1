import { addCalendarDays, atLocalTime, type LocalDate, localDateOf } from '@gov/calendar';
import { createDatabase, dropDatabase, startNatsServer, testInfrastructure } from '@gov/testing';
import { type INestMicroservice } from '@nestjs/common';
import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { startCases } from '../src/cases.service';
import { Clock } from '../src/cases/clock';
import { EfficiencyRollup } from '../src/supervision/efficiency/efficiency-rollup';

const TODAY = localDateOf(new Date());
const daysAgo = (days: number) => addCalendarDays(TODAY, -days);

/**
 * The roll-up's passes on a database of their own (the shared one holds other tests' days, which
 * they write long after those days ended): which days a pass takes, in which order, and how many.
 */
describe('the efficiency roll-up pass', () => {
  const databaseName = `gov_cases_rollup_${process.pid}`;
  const { adminDatabaseUrl, oidcIssuer } = testInfrastructure();
  let databaseUrl: string;
  let service: INestMicroservice;
  let stopNats: () => Promise<void>;
  let db: Client;

  beforeAll(async () => {
    databaseUrl = await createDatabase(adminDatabaseUrl, databaseName);
    const nats = await startNatsServer();
    stopNats = nats.stop;
    service = await startCases({
      DATABASE_URL: databaseUrl,
      NATS_URL: nats.url,
      OIDC_ISSUER: oidcIssuer,
      LOG_LEVEL: 'error',
      HEALTH_PORT: '0',
      CASE_SWEEP_INTERVAL_MS: '86400000',
      STATISTICS_ROLLUP_INTERVAL_MS: '86400000',
    });
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
    // Received three days ago and yesterday; the first concluded two days ago.
    const first = await insertCase(daysAgo(3));
    await insertCase(daysAgo(1));
    await insertFigures(first, daysAgo(3), daysAgo(2));
  }, 60_000);

  afterAll(async () => {
    await db?.end();
    await service?.close();
    await stopNats?.();
    await dropDatabase(adminDatabaseUrl, databaseName);
  });

  afterEach(() => jest.restoreAllMocks());

  const rollup = () => service.get(EfficiencyRollup);
  const setClock = (at: Date) => jest.spyOn(service.get(Clock), 'now').mockReturnValue(at);

  async function rolledDays(): Promise<string[]> {
    const { rows } = await db.query<{ day: string }>(
      `select to_char(day, 'YYYY-MM-DD') as day from cases.efficiency_rolled_day order by day`,
    );
    return rows.map((row) => row.day);
  }

  it('waits ten minutes after a day ends, then takes the closed days since the first case, newest first, a bounded number a pass', async () => {
    setClock(atLocalTime(TODAY, '00:05'));
    expect(await rollup().runOnce(1)).toBe(1);
    expect(await rolledDays()).toEqual([daysAgo(2)]);
    expect(await rollup().runOnce(10)).toBe(1);
    expect(await rolledDays()).toEqual([daysAgo(3), daysAgo(2)]);
    expect(await rollup().runOnce(10)).toBe(0);

    setClock(atLocalTime(TODAY, '00:11'));
    expect(await rollup().runOnce(10)).toBe(1);
    expect(await rolledDays()).toEqual([daysAgo(3), daysAgo(2), daysAgo(1)]);
    expect(await rollup().runOnce(10)).toBe(0);
  });

  it('takes a day a rating made stale before any other, and rolls the rating in', async () => {
    setClock(atLocalTime(TODAY, '12:00'));
    // Yesterday as if never rolled up: newer than the stale day, yet taken after it.
    await db.query(`delete from cases.efficiency_rolled_day where day = $1`, [daysAgo(1)]);
    const [concluded] = (
      await db.query<{ case_id: string }>(`select case_id from cases.case_figures`)
    ).rows;
    await db.query(
      `insert into cases.rating (case_id, level, dimensions, rater_subject, rater_role, division,
                                 item_code, rated_at)
       values ($1, 2, '{}', 'a-citizen', 'applicant', '330102001000', 'XK00001001', now())`,
      [concluded?.case_id],
    );
    const stale = await db.query(
      `select to_char(day, 'YYYY-MM-DD') as day from cases.efficiency_stale_day`,
    );
    expect(stale.rows).toEqual([{ day: daysAgo(2) }]);
    expect(await rollup().runOnce(1)).toBe(1);
    expect((await db.query(`select 1 from cases.efficiency_stale_day`)).rowCount).toBe(0);
    const { rows } = await db.query<{ concluded: number[]; rated: number; bad_reviews: number }>(
      `select working_days_counts as concluded, rated, bad_reviews from cases.efficiency_day
       where day = $1 and "grouping" = 'item' and prefix = '33'`,
      [daysAgo(2)],
    );
    expect(rows).toEqual([{ concluded: [1], rated: 1, bad_reviews: 1 }]);
    expect(await rolledDays()).toEqual([daysAgo(3), daysAgo(2)]);
    expect(await rollup().runOnce(10)).toBe(1);
  });

  /** A case of 上城区's 望江街道, received at 09:00 of `receivedOn`, accepted an hour later. */
  async function insertCase(receivedOn: LocalDate): Promise<string> {
    const id = randomUUID();
    const receivedAt = atLocalTime(receivedOn, '09:00');
    await db.query(
      `insert into cases."case" (
         id, number, query_code_hash, status, channel, division, item_code, item_version,
         item_name, applicant_kind, applicant_name, applicant_id, applicant_id_idx,
         applicant_phone, materials, state, submitted_by, received_at, updated_at, version,
         clock_phase, deadlines_stale, handling_organ, handling_organ_name, accepted_at)
       values ($1, $2, $3, 'under-review', 'window', '330102001000', 'XK00001001', 1, '食品经营许可',
               'person', '测试申请人', 'sealed', 'index', 'sealed', '[]', '{}', 'a-clerk', $4, $4, 1,
               'running', false, '11330102MB0000000X', '上城区市场监督管理局',
               $4::timestamptz + interval '1 hour')`,
      [id, `330102-${receivedOn}-${id.slice(0, 8)}`, id, receivedAt],
    );
    return id;
  }

  async function insertFigures(id: string, receivedOn: LocalDate, concludedOn: LocalDate) {
    await db.query(
      `insert into cases.case_figures (
         case_id, division, item_code, item_name, handling_organ, handling_organ_name, "window",
         staff, received_at, accepted_at, concluded_at, working_days, promised_limit,
         promised_due_on, on_time, early, overdue, suspensions, extended)
       values ($1, '330102001000', 'XK00001001', '食品经营许可', '11330102MB0000000X',
               '上城区市场监督管理局', null, 'a-clerk', $2, $2::timestamptz + interval '1 hour', $3,
               1, 5, $4, true, true, false, 0, false)`,
      [
        id,
        atLocalTime(receivedOn, '09:00'),
        atLocalTime(concludedOn, '15:00'),
        addCalendarDays(concludedOn, 5),
      ],
    );
  }
});
