import { AuditTrail } from '@gov/audit';
import { localDateOf } from '@gov/calendar';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DeemedAcceptanceSweep } from '../../cases/src/cases/deadlines/deemed-acceptance.sweep';
import { type CaseBody, eventually, submitCase } from './support/cases';
import { Suite } from './support/suite';

const DAY_MS = 24 * 3600 * 1000;

/** Deadlines kept as indexed columns: deemed acceptance, and due dates after a calendar change. */
describe('deadlines of cases', () => {
  let suite: Suite;
  let clerk: Record<string, string>;
  let citizen: Record<string, string>;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases'], { env: { CASE_SWEEP_INTERVAL_MS: '300' } });
    clerk = await suite.as('sc-clerk');
    citizen = await suite.as('citizen-zhang');
  });
  afterAll(() => suite.stop());

  const em = () => suite.service('cases').get(MikroORM).em.fork() as EntityManager;

  /** Moves a case's receipt `days` back, as if it had waited that long without a decision. */
  async function receivedDaysAgo(id: string, days: number): Promise<Date> {
    const at = new Date(Date.now() - days * DAY_MS);
    const iso = at.toISOString();
    await em().execute(
      `update cases."case"
       set received_at = ?, updated_at = ?, acceptance_ends_at = now() - interval '1 second',
           state = state || jsonb_build_object('receivedAt', ?::text, 'lastReceivedAt', ?::text,
                                               'updatedAt', ?::text)
       where id = ?`,
      [at, at, iso, iso, iso, id],
    );
    return at;
  }

  async function acceptedEvents(id: string): Promise<number> {
    const [row] = await em().execute<{ count: string }[]>(
      `select count(*) as count from cases.outbox
       where envelope->>'type' = 'cn.gov.cases.case.accepted.v1' and envelope->'data'->>'id' = ?`,
      [id],
    );
    return Number(row?.count);
  }

  it('deems an application accepted on its day of receipt, exactly once however many sweeps race', async () => {
    const cases = await Promise.all([1, 2, 3].map(() => submitCase(suite, citizen)));
    const receivedAt = await Promise.all(cases.map((each) => receivedDaysAgo(each.id, 30)));
    const sweep = suite.service('cases').get(DeemedAcceptanceSweep);

    // Three passes at once stand for three instances of the service waking together.
    await Promise.all([sweep.runOnce(), sweep.runOnce(), sweep.runOnce()]);

    const trail = suite.service('cases').get(AuditTrail);
    for (const [index, each] of cases.entries()) {
      const answer = await suite.get(`/api/v1/cases/${each.id}`, clerk);
      expect(answer.body).toMatchObject({ status: 'under-review', clock: { phase: 'running' } });
      const [stored] = await em().execute<{ acceptance: unknown }[]>(
        `select state->'acceptance' as acceptance from cases."case" where id = ?`,
        [each.id],
      );
      expect(stored?.acceptance).toMatchObject({
        deemed: true,
        acceptedOn: localDateOf(receivedAt[index] ?? new Date()),
      });
      const rows = await trail.readTrail(em(), 'case', each.id);
      expect(rows.map((row) => [row.action, row.actor.kind])).toEqual([
        ['submit', 'user'],
        ['deem-accepted', 'service'],
      ]);
      expect(await acceptedEvents(each.id)).toBe(1);
    }
  });

  it('leaves an application alone while its 5 working days run', async () => {
    const waiting = await submitCase(suite, citizen);
    await suite.service('cases').get(DeemedAcceptanceSweep).runOnce();
    expect((await suite.get(`/api/v1/cases/${waiting.id}`, clerk)).body).toMatchObject({
      status: 'submitted',
    });
  });

  it('catches up after a restart: a period that ran out while the service was down is acted on', async () => {
    const submitted = await submitCase(suite, citizen);
    await suite.stopService('cases');
    await em0().execute(
      `update cases."case" set acceptance_ends_at = now() - interval '1 second',
         state = state || jsonb_build_object('receivedAt', ?::text, 'lastReceivedAt', ?::text)
       where id = ?`,
      [daysAgoIso(30), daysAgoIso(30), submitted.id],
    );
    await suite.startService('cases');
    const status = await eventually(async () => {
      const answer = await suite.get(`/api/v1/cases/${submitted.id}`, clerk);
      const body = answer.body as CaseBody;
      return body.status === 'under-review' ? body.status : undefined;
    });
    expect(status).toBe('under-review');
  });

  it('recomputes the due dates of running cases when the centre’s calendar changes, and says so', async () => {
    const township = '330102001000';
    const submitted = await submitCase(suite, citizen, { division: township });
    const accepted = (await suite.send('POST', `/api/v1/cases/${submitted.id}/accept`, {}, clerk))
      .body as CaseBody;
    const dueBefore = accepted.clock.statutory?.dueDate ?? '';

    // The township closes its hall on the statutory due date: the deadline moves past it.
    const closed = await suite.send(
      'PUT',
      `/api/v1/calendars/${township}/overrides/${dueBefore}`,
      { working: false, reason: '乡镇便民服务中心闭厅' },
      await suite.as('sc-center-admin'),
    );
    expect(closed.status).toBe(200);

    const dueAfter = await eventually(async () => {
      const answer = (await suite.get(`/api/v1/cases/${submitted.id}`, clerk)).body as CaseBody;
      const [row] = await em().execute<{ due: string }[]>(
        `select statutory_due_on::text as due from cases."case"
         where id = ? and not deadlines_stale`,
        [submitted.id],
      );
      return row && row.due !== dueBefore ? answer.clock.statutory?.dueDate : undefined;
    });
    expect(dueAfter > dueBefore).toBe(true);
    const [event] = await em().execute<{ data: Record<string, unknown> }[]>(
      `select envelope->'data' as data from cases.outbox
       where envelope->>'type' = 'cn.gov.cases.case.deadlines-recomputed.v1'
         and envelope->'data'->>'id' = ?`,
      [submitted.id],
    );
    expect(event?.data).toMatchObject({ statutoryDueDate: dueAfter, status: 'under-review' });
  });

  /** The database while the cases service is stopped, through the catalog's connection to it. */
  function em0(): EntityManager {
    return suite.service('catalog').get(MikroORM).em.fork() as EntityManager;
  }
});

function daysAgoIso(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}
