import { localDateOf } from '@gov/calendar';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AuditAnchoring } from '../../cases/src/cases/audit/audit-anchoring';
import { aResidentId, type CaseBody, submitCase } from './support/cases';
import { Suite } from './support/suite';

interface AuditTrailBody {
  rows: { aggregateType: string; action: string; change: Record<string, unknown> }[];
  verification: { ok: boolean; problem: { kind: string } | null };
}

/** Around a case: on-the-spot items, personal data in clear, the audit trail, tasks and lists. */
describe('the work around a case', () => {
  let suite: Suite;
  let clerk: Record<string, string>;
  let approver: Record<string, string>;
  let supervisor: Record<string, string>;
  let citizen: Record<string, string>;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases']);
    clerk = await suite.as('sc-clerk');
    approver = await suite.as('sc-approver');
    supervisor = await suite.as('hz-supervisor');
    citizen = await suite.as('citizen-zhang');
  });
  afterAll(() => suite.stop());

  const em = () => suite.service('cases').get(MikroORM).em.fork() as EntityManager;
  const act = (id: string, action: string, body: unknown = {}, as = clerk) =>
    suite.send('POST', `/api/v1/cases/${id}/${action}`, body, as);
  const trailOf = async (id: string) =>
    (await suite.get(`/api/v1/cases/${id}/audit-trail`, supervisor)).body as AuditTrailBody;

  it('concludes an on-the-spot item at the window in one go, with its notices', async () => {
    const submitted = await submitCase(suite, clerk, { itemCode: 'XK00005001' });
    const concluded = await act(submitted.id, 'on-the-spot', { outcome: 'approved' });
    expect(concluded.status).toBe(200);
    expect(concluded.body).toMatchObject({ status: 'concluded', clock: { phase: 'stopped' } });
    const detail = (await suite.get(`/api/v1/cases/${submitted.id}`, clerk)).body as {
      timeline: { action: string }[];
      notices: { title: string }[];
    };
    expect(detail.timeline.map((entry) => entry.action)).toEqual([
      'submit',
      'accept',
      'decide',
      'conclude',
    ]);
    expect(detail.notices.map((notice) => notice.title)).toEqual(['受理通知书', '决定书']);
  });

  it('refuses an on-the-spot conclusion of an item with a promised time limit, changing nothing', async () => {
    const submitted = await submitCase(suite, clerk);
    const refused = await act(submitted.id, 'on-the-spot', { outcome: 'approved' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'CASE.NOT_ON_THE_SPOT_ITEM' });
    expect((await suite.get(`/api/v1/cases/${submitted.id}`, clerk)).body).toMatchObject({
      status: 'submitted',
    });
  });

  it('shows the handling staff the applicant in clear, records each view, and no one else', async () => {
    const residentId = aResidentId();
    const submitted = await submitCase(suite, citizen, { residentId });
    expect((await suite.get(`/api/v1/cases/${submitted.id}`, clerk)).body).toMatchObject({
      applicant: { idNumber: expect.stringContaining('*') as unknown },
    });

    const seen = await act(submitted.id, 'applicant-views', { purpose: '电话告知补正材料' });
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ idNumber: residentId, phone: '13812345678' });

    const withoutPurpose = await act(submitted.id, 'applicant-views', {});
    expect(withoutPurpose.status).toBe(400);
    const applicantHimself = await act(
      submitted.id,
      'applicant-views',
      { purpose: '查看' },
      citizen,
    );
    expect(applicantHimself.status).toBe(403);
    const otherCounty = await act(
      submitted.id,
      'applicant-views',
      { purpose: '核对身份' },
      await suite.as('qb-clerk'),
    );
    expect(otherCounty.status).toBe(404);

    const trail = await trailOf(submitted.id);
    const views = trail.rows.filter((row) => row.aggregateType === 'case-personal-data');
    expect(views).toHaveLength(1);
    expect(views[0]?.change).toMatchObject({ purpose: '电话告知补正材料' });
    expect(JSON.stringify(trail)).not.toContain(residentId);
  });

  it('lets a supervisor read and verify a case’s trail, and detects an edited row', async () => {
    const submitted = await submitCase(suite, citizen);
    await act(submitted.id, 'accept');
    const trail = await trailOf(submitted.id);
    expect(trail.rows.map((row) => row.action)).toEqual(['submit', 'accept']);
    expect(trail.verification).toEqual(
      expect.objectContaining({ ok: true, problem: null }) as unknown,
    );

    // An edit made around the application (the triggers only stop application code).
    const edit = async (reason: string | null) => {
      await em().execute(`alter table cases.audit_log disable trigger audit_log_no_change`);
      try {
        await em().execute(
          `update cases.audit_log set change = case when ?::text is null then change - 'reason'
                                                    else change || jsonb_build_object('reason', ?::text) end
           where aggregate_type = 'case' and aggregate_id = ? and action = 'accept'`,
          [reason, reason, submitted.id],
        );
      } finally {
        await em().execute(`alter table cases.audit_log enable trigger audit_log_no_change`);
      }
    };
    await edit('篡改');
    try {
      expect((await trailOf(submitted.id)).verification).toMatchObject({
        ok: false,
        problem: { kind: 'row-altered' },
      });
    } finally {
      await edit(null);
    }
    expect((await trailOf(submitted.id)).verification.ok).toBe(true);
    expect((await suite.get(`/api/v1/cases/${submitted.id}/audit-trail`, clerk)).status).toBe(403);
  });

  it('publishes the signed head of the audit chain as an event', async () => {
    await submitCase(suite, citizen);
    expect(await suite.service('cases').get(AuditAnchoring).anchorOnce()).toBe(true);
    const [event] = await em().execute<{ data: { schema: string; signature: string } }[]>(
      `select envelope->'data' as data from cases.outbox
       where envelope->>'type' = 'cn.gov.cases.audit.anchored.v1'
       order by position desc limit 1`,
    );
    expect(event?.data).toMatchObject({
      schema: 'cases',
      signature: expect.any(String) as unknown,
    });
  });

  it('gives a clerk the applications waiting for acceptance and an approver the cases under review', async () => {
    const waiting = await submitCase(suite, citizen);
    const reviewing = await submitCase(suite, citizen);
    await act(reviewing.id, 'accept');
    const ids = async (as: Record<string, string>) => {
      const page = await suite.get('/api/v1/case-tasks?limit=200', as);
      return (page.body as { items: CaseBody[] }).items.map((item) => item.id);
    };
    expect(await ids(clerk)).toContain(waiting.id);
    expect(await ids(clerk)).not.toContain(reviewing.id);
    expect(await ids(approver)).toContain(reviewing.id);
    expect(await ids(approver)).not.toContain(waiting.id);
  });

  it('finds running cases by due date and the overdue ones', async () => {
    const late = await submitCase(suite, citizen);
    await act(late.id, 'accept');
    const onTime = await submitCase(suite, citizen);
    await act(onTime.id, 'accept');
    const yesterday = localDateOf(new Date(Date.now() - 24 * 3600 * 1000));
    await em().execute(`update cases."case" set promised_due_on = ? where id = ?`, [
      yesterday,
      late.id,
    ]);
    // Every page, following the cursor: with a deadline filter the first due comes first.
    const listed = async (query: string) => {
      const items: (CaseBody & { promisedDueDate: string })[] = [];
      for (let cursor = ''; ;) {
        const page = (await suite.get(`/api/v1/cases?limit=20&${query}${cursor}`, clerk)).body as {
          items: (CaseBody & { promisedDueDate: string })[];
          nextCursor: string | null;
        };
        items.push(...page.items);
        if (page.nextCursor === null) return items;
        cursor = `&cursor=${encodeURIComponent(page.nextCursor)}`;
      }
    };
    const ids = async (query: string) => (await listed(query)).map((item) => item.id);

    const running = await listed('overdue=false');
    const dueDates = running.map((item) => item.promisedDueDate);
    expect(dueDates).toEqual([...dueDates].sort());
    expect(new Set(running.map((item) => item.id)).size).toBe(running.length);
    const overdue = await ids('overdue=true');
    expect(overdue).toContain(late.id);
    expect(overdue).not.toContain(onTime.id);
    const notOverdue = await ids('overdue=false');
    expect(notOverdue).toContain(onTime.id);
    expect(notOverdue).not.toContain(late.id);
    const dueYesterday = await ids(`dueFrom=${yesterday}&dueTo=${yesterday}`);
    expect(dueYesterday).toContain(late.id);
    expect(dueYesterday).not.toContain(onTime.id);
    expect((await suite.get('/api/v1/cases?dueFrom=yesterday', clerk)).status).toBe(400);
  });

  it('shows a citizen the cases a clerk entered for them at a window', async () => {
    // citizen-zhang's verified resident ID, as the realm's seed has it.
    const atWindow = await submitCase(suite, clerk, { residentId: '330102198808081239' });
    const mine = async (username: string) =>
      (
        (await suite.get('/api/v1/cases?limit=200', await suite.as(username))).body as {
          items: CaseBody[];
        }
      ).items.map((item) => item.id);
    expect(await mine('citizen-zhang')).toContain(atWindow.id);
    expect(await mine('citizen-li')).not.toContain(atWindow.id);
    const detail = await suite.get(`/api/v1/cases/${atWindow.id}`, await suite.as('citizen-zhang'));
    expect(detail.status).toBe(200);
    const stranger = await suite.get(`/api/v1/cases/${atWindow.id}`, await suite.as('citizen-li'));
    expect(stranger.status).toBe(404);
  });
});
