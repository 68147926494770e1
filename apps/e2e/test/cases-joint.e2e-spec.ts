import { localDateOf } from '@gov/calendar';
import { requiredMaterials, submitCase } from './support/cases';
import { Suite } from './support/suite';

const MARKET = '11330102002528004D';
const FIRE = '113301020025280304';
const HEALTH = '113301020025280405';
const JOINT_ITEM = 'XK00012001';
/** citizen-zhang's verified resident ID (deploy/seed/users.json). */
const ZHANG = '330102198808081239';

interface JointCase {
  id: string;
  status: string;
  agent: { username: string; division: string } | null;
  tasks: { department: string; lead: boolean; status: string }[];
  fee: { status: string; dueFen: number; paidFen: number };
  clock: { phase: string; statutory: { limit: number } | null };
}

/** Cases 2: a joint item through a village agent point, three departments, a fee at one window. */
describe('joint approval, fees at one window and agent points', () => {
  let suite: Suite;
  let as: Record<string, Record<string, string>>;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases']);
    as = {};
    for (const user of [
      'ld-agent',
      'sc-clerk',
      'sc-approver',
      'sc-fire-approver',
      'sc-health-approver',
      'citizen-zhang',
      'sc-center-admin',
    ]) {
      as[user] = await suite.as(user);
    }
  });
  afterAll(() => suite.stop());

  const user = (name: string) => as[name] ?? {};
  const post = async (id: string, path: string, body: unknown, by: string) =>
    suite.send('POST', `/api/v1/cases/${id}/${path}`, body, user(by));
  const expectCase = async (answer: Promise<{ status: number; body: unknown }>) => {
    const { status, body } = await answer;
    if (status !== 200) throw new Error(`answered ${status}: ${JSON.stringify(body)}`);
    return body as JointCase;
  };
  const agentSubmission = async (overrides: Record<string, unknown> = {}) =>
    suite.send(
      'POST',
      '/api/v1/cases',
      {
        itemCode: JOINT_ITEM,
        division: '330102001000',
        residence: '330102001001',
        applicant: { kind: 'person', name: '张三', residentId: ZHANG, phone: '13812345678' },
        materials: await requiredMaterials(suite, JOINT_ITEM),
        ...overrides,
      },
      user('ld-agent'),
    );

  it('runs a joint item from the agent point to delivery: three departments, material, fee', async () => {
    const submitted = await agentSubmission();
    expect(submitted.status).toBe(201);
    const { id, channel } = (submitted.body as { case: JointCase & { channel: string } }).case;
    expect(channel).toBe('agent-point');

    const accepted = await expectCase(post(id, 'accept', {}, 'sc-clerk'));
    expect(accepted.agent).toEqual({ username: 'ld-agent', division: '330102001001' });
    expect(accepted.tasks.map((task) => [task.department, task.lead, task.status])).toEqual([
      [MARKET, true, 'open'],
      [FIRE, false, 'open'],
      [HEALTH, false, 'open'],
    ]);
    expect(accepted.fee).toEqual({ status: 'unpaid', dueFen: 1000, paidFen: 0 });
    expect(accepted.clock.statutory?.limit).toBe(45);

    const tasksOf = async (approver: string) =>
      (
        (await suite.get('/api/v1/case-tasks?limit=200', user(approver))).body as {
          items: { id: string }[];
        }
      ).items.map((item) => item.id);
    expect(await tasksOf('sc-fire-approver')).toContain(id);

    const decide = (department: string, by: string, body: Record<string, unknown>) =>
      post(id, `tasks/${department}/decision`, body, by);
    await expectCase(decide(MARKET, 'sc-approver', { outcome: 'approved' }));
    expect(await tasksOf('sc-approver')).not.toContain(id);
    expect(await tasksOf('sc-fire-approver')).toContain(id);

    const asked = await expectCase(
      post(
        id,
        `tasks/${FIRE}/material-requests`,
        { reason: '请补充消防设施检测报告' },
        'sc-fire-approver',
      ),
    );
    expect(asked).toMatchObject({ status: 'suspended', clock: { phase: 'suspended' } });
    const tooEarly = await decide(FIRE, 'sc-fire-approver', { outcome: 'approved' });
    expect(tooEarly.status).toBe(409);
    const resumed = await expectCase(post(id, 'resume', { reason: '材料已补齐' }, 'sc-clerk'));
    expect(resumed).toMatchObject({ status: 'under-review', clock: { phase: 'running' } });

    const extended = await expectCase(
      post(id, 'extend', { reason: '需联合现场核查' }, 'sc-approver'),
    );
    expect(extended.clock.statutory?.limit).toBe(60);

    const twice = await decide(MARKET, 'sc-approver', { outcome: 'denied', reason: '改判' });
    expect(twice.body).toMatchObject({ code: 'CASE.TASK_ALREADY_DECIDED' });
    const otherDepartment = await decide(MARKET, 'sc-health-approver', { outcome: 'approved' });
    expect(otherDepartment.status).toBe(403);
    expect(otherDepartment.body).toMatchObject({ code: 'CASE.TASK_OTHER_DEPARTMENT' });
    const byCase = await post(id, 'decide', { outcome: 'approved' }, 'sc-approver');
    expect(byCase.body).toMatchObject({ code: 'CASE.JOINT_DECISION_BY_TASKS' });

    await expectCase(decide(FIRE, 'sc-fire-approver', { outcome: 'approved' }));
    const decided = await expectCase(decide(HEALTH, 'sc-health-approver', { outcome: 'approved' }));
    expect(decided.status).toBe('decided');

    await expectCase(post(id, 'conclude', {}, 'sc-clerk'));
    const unpaid = await post(id, 'deliver', { method: 'agent-point' }, 'sc-clerk');
    expect(unpaid.body).toMatchObject({ code: 'CASE.FEE_UNPAID' });
    const pay = (reference: string, amountFen: number) =>
      post(id, 'payments', { reference, channel: 'mobile', amountFen, window: 'W05' }, 'sc-clerk');
    expect((await pay('PJ-1', 1500)).body).toMatchObject({ code: 'CASE.PAYMENT_EXCEEDS_DUE' });
    expect((await expectCase(pay('PJ-1', 600))).fee).toEqual({
      status: 'partly-paid',
      dueFen: 1000,
      paidFen: 600,
    });
    expect((await pay('PJ-1', 400)).body).toMatchObject({ code: 'CASE.PAYMENT_REFERENCE_REUSED' });
    expect((await expectCase(pay('PJ-2', 400))).fee.status).toBe('paid');
    const delivered = await expectCase(post(id, 'deliver', { method: 'agent-point' }, 'sc-clerk'));
    expect(delivered.status).toBe('delivered');

    // Both the agent and the citizen follow the case.
    expect((await suite.get(`/api/v1/cases/${id}`, user('ld-agent'))).status).toBe(200);
    expect((await suite.get(`/api/v1/cases/${id}`, user('citizen-zhang'))).status).toBe(200);

    const day = localDateOf(new Date());
    const reconciliation = await suite.get(
      `/api/v1/fee-reconciliation?date=${day}`,
      user('sc-clerk'),
    );
    expect(reconciliation.status).toBe(200);
    const w05 = (
      reconciliation.body as {
        windows: { window: string; payments: number; paymentsFen: number }[];
      }
    ).windows.find((row) => row.window === 'W05');
    expect(w05?.payments).toBeGreaterThanOrEqual(2);
    expect(w05?.paymentsFen).toBeGreaterThanOrEqual(1000);
  });

  it('refuses an agent acting outside their area', async () => {
    const otherVillage = await agentSubmission({ residence: '330212101201' });
    expect(otherVillage.status).toBe(403);
    expect(otherVillage.body).toMatchObject({ code: 'CASE.AGENT_OUT_OF_AREA' });
    const otherCounty = await agentSubmission({ division: '330106000000' });
    expect(otherCounty.body).toMatchObject({ code: 'CASE.AGENT_OUT_OF_AREA' });
    const noResidence = await agentSubmission({ residence: undefined });
    expect(noResidence.status).toBe(400);
  });

  it('refuses paying for a free item and refunding more than was paid', async () => {
    const free = await submitCase(suite, user('citizen-zhang'));
    await post(free.id, 'accept', {}, 'sc-clerk');
    const paid = await post(
      free.id,
      'payments',
      { reference: 'PJ-9', channel: 'cash', amountFen: 100, window: 'W05' },
      'sc-clerk',
    );
    expect(paid.body).toMatchObject({ code: 'CASE.FEE_NOT_REQUIRED' });

    const joint = (await agentSubmission()).body as { case: { id: string } };
    await post(joint.case.id, 'accept', {}, 'sc-clerk');
    await post(
      joint.case.id,
      'payments',
      { reference: 'PJ-10', channel: 'card', amountFen: 1000, window: 'W06' },
      'sc-clerk',
    );
    const tooMuch = await post(
      joint.case.id,
      'refunds',
      { reference: 'TF-1', amountFen: 1200, reason: '申请人撤回', window: 'W06' },
      'sc-clerk',
    );
    expect(tooMuch.body).toMatchObject({ code: 'CASE.REFUND_EXCEEDS_PAID' });
    const withdrawn = await post(joint.case.id, 'withdraw', { reason: '不再开办' }, 'ld-agent');
    expect(withdrawn.status).toBe(200);
    const refunded = await expectCase(
      post(
        joint.case.id,
        'refunds',
        { reference: 'TF-2', amountFen: 1000, reason: '申请人撤回申请', window: 'W06' },
        'sc-clerk',
      ),
    );
    expect(refunded.fee).toEqual({ status: 'unpaid', dueFen: 1000, paidFen: 0 });
  });
});
