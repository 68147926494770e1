import { addCalendarDays, type LocalDate } from '@gov/calendar';
import { DeadlineWatch } from '../../cases/src/supervision/warnings/deadline-watch';
import { aResidentId, type CaseBody, setCasesClock, submitCase } from './support/cases';
import { type HttpResult, pageItems, Suite } from './support/suite';

interface WarningBody {
  deadline: string;
  level: string;
  status: string;
  clearedBecause: string | null;
}

interface OverviewBody {
  groups: { key: string; atRisk: number; overdue: number }[];
}

const ITEM = 'XK00001001';
/**
 * 清波街道: its clerk accepts; the watch passes only over it, so that they touch no other test's
 * cases in the shared database (other tests' clocks never reach March 2027).
 */
const DIVISION = '330102001000';
const SUBTREE = '330102001';
/** A month no other test lives in: its statistics hold this scenario's case alone. */
const MONTH = { from: '2027-03-01', to: '2027-03-31' };

/**
 * Issue 9's scenario through the gateway: a case goes yellow, then red, then concludes late; the
 * citizen rates it 非常不满意; the centre calls back and closes the rectification; the efficiency
 * statistics and the published review figures reflect each of it. The days pass on the cases
 * service's clock alone (tokens stay valid), in March 2027; the periodic sweep is slowed down so
 * the watcher's passes are the test's.
 */
describe('supervision scenario: yellow, red, late conclusion, bad review, rectification, statistics', () => {
  let suite: Suite;
  let users: Record<string, Record<string, string>>;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases', 'notifications'], {
      env: { CASE_SWEEP_INTERVAL_MS: '3600000' },
    });
    users = {};
    for (const name of ['citizen-zhang', 'qb-clerk', 'sc-approver', 'sc-center-admin']) {
      users[name] = await suite.as(name);
    }
    users['hz-supervisor'] = await suite.as('hz-supervisor');
  });
  afterAll(() => suite.stop());

  /** From now on the cases service lives at `time` (Beijing) of `date`. */
  function today(date: string, time = '10:00'): void {
    setCasesClock(suite, date, time);
  }

  async function ok(answer: Promise<HttpResult>, status = 200): Promise<unknown> {
    const { status: actual, body } = await answer;
    expect({ status: actual, body }).toMatchObject({ status });
    return body;
  }

  const post = (path: string, body: object, user: string, status = 200) =>
    ok(suite.send('POST', path, body, users[user]), status);
  const get = (path: string, user?: string) =>
    ok(suite.get(path, user === undefined ? {} : users[user]));

  async function warnings(caseId: string): Promise<WarningBody[]> {
    const page = await suite.get(`/api/v1/warnings?caseId=${caseId}`, users['hz-supervisor']);
    return pageItems<WarningBody>(page).map(({ deadline, level, status, clearedBecause }) => ({
      deadline,
      level,
      status,
      clearedBecause,
    }));
  }

  async function itemGroup(): Promise<{ atRisk: number; overdue: number } | undefined> {
    const overview = (await get(
      `/api/v1/supervision/overview?groupBy=item&division=${DIVISION}`,
      'hz-supervisor',
    )) as OverviewBody;
    return overview.groups.find((group) => group.key === ITEM);
  }

  async function listed(filter: string, residentId: string): Promise<string[]> {
    const page = await suite.get(
      `/api/v1/cases?${filter}&applicantId=${residentId}`,
      users['hz-supervisor'],
    );
    return pageItems<{ id: string }>(page).map((each) => each.id);
  }

  it('warns yellow then red, clears on a late conclusion, and counts the bad review and its rectification', async () => {
    // Monday 1 March 2027: the application arrives and is accepted.
    today('2027-03-01', '09:00');
    const residentId = aResidentId();
    const submitted = await submitCase(suite, users['citizen-zhang']!, {
      residentId,
      division: DIVISION,
    });
    const accepted = (await post(
      `/api/v1/cases/${submitted.id}/accept`,
      {},
      'qb-clerk',
    )) as CaseBody;
    const dueOn = accepted.clock.promised!.dueDate as LocalDate;
    const watch = suite.service('cases').get(DeadlineWatch);

    // The promised due date: no working day left, the yellow warning is due.
    today(dueOn);
    await watch.runOnce(500, SUBTREE);
    expect(await warnings(submitted.id)).toContainEqual({
      deadline: 'promised',
      level: 'yellow',
      status: 'open',
      clearedBecause: null,
    });
    expect(await listed('atRisk=true', residentId)).toEqual([submitted.id]);
    expect((await itemGroup())?.atRisk).toBeGreaterThanOrEqual(1);
    // The clerk who accepted it answers for it and is told.
    const notices = await suite.eventually(
      '/api/v1/my/notices',
      (result) => JSON.stringify(result.body).includes(`办件 ${submitted.number} 承诺`),
      10_000,
      users['qb-clerk'],
    );
    expect(pageItems<{ title: string }>(notices).map((notice) => notice.title)).toContainEqual(
      `办件 ${submitted.number} 承诺时限即将届满（黄色预警）`,
    );

    // The day after: the deadline has passed, red.
    const dayAfter = addCalendarDays(dueOn, 1);
    today(dayAfter);
    await watch.runOnce(500, SUBTREE);
    expect(
      (await warnings(submitted.id)).filter(
        (each) => each.deadline === 'promised' && each.level === 'red',
      ),
    ).toEqual([{ deadline: 'promised', level: 'red', status: 'open', clearedBecause: null }]);
    expect(await listed('overdue=true', residentId)).toEqual([submitted.id]);
    expect((await itemGroup())?.overdue).toBeGreaterThanOrEqual(1);

    // Decided and concluded late; the warnings clear.
    today(dayAfter, '15:00');
    await post(`/api/v1/cases/${submitted.id}/decide`, { outcome: 'approved' }, 'sc-approver');
    await post(`/api/v1/cases/${submitted.id}/conclude`, {}, 'qb-clerk');
    const cleared = await warnings(submitted.id);
    expect(cleared.length).toBeGreaterThanOrEqual(2);
    for (const warning of cleared) {
      expect(warning).toMatchObject({ status: 'cleared', clearedBecause: 'concluded' });
    }

    // The citizen rates 非常不满意: a rectification task for the centre.
    today(dayAfter, '16:00');
    const rating = (await post(
      `/api/v1/cases/${submitted.id}/rating`,
      {
        level: 1,
        comment: '超过承诺时限才办结',
        dimensions: { efficiency: 1, guideAccuracy: 3, convenience: 2, attitude: 2 },
      },
      'citizen-zhang',
      201,
    )) as { rectification: { id: string; status: string } };
    expect(rating.rectification.status).toBe('open');
    const rectification = `/api/v1/rectifications/${rating.rectification.id}`;
    await post(
      `${rectification}/call-backs`,
      { reached: true, summary: '已电话回访，说明超期原因并致歉' },
      'sc-center-admin',
    );
    await post(
      `${rectification}/result`,
      { result: '已调整审批排班，食品经营许可按承诺时限办结' },
      'sc-center-admin',
    );
    expect(await get(rectification, 'sc-center-admin')).toMatchObject({ status: 'closed' });

    // The month's statistics: one case received, accepted, concluded late, rated 1, rectified.
    const report = (await get(
      `/api/v1/efficiency-report?from=${MONTH.from}&to=${MONTH.to}&division=${DIVISION}&groupBy=item`,
      'hz-supervisor',
    )) as { rows: { key: string }[] };
    expect(report.rows).toEqual([
      expect.objectContaining({
        key: ITEM,
        received: 1,
        accepted: 1,
        concluded: 1,
        onTime: 0,
        onTimeRate: 0,
        overdue: 1,
        rated: 1,
        satisfaction: 1,
        badReviews: 1,
        rectified: 1,
        rectificationRate: 1,
      }),
    ]);
    const published = (await get(
      `/api/v1/rating-statistics?division=${DIVISION}&from=${MONTH.from}&to=${MONTH.to}`,
    )) as { totals: object };
    expect(published.totals).toMatchObject({ total: 1, badReviews: 1, rectified: 1 });
    expect(JSON.stringify(published)).not.toContain('超过承诺时限');
  });
});
