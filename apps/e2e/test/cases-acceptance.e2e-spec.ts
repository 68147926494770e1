import { AuditTrail } from '@gov/audit';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { aResidentId, requiredMaterials, submitCase } from './support/cases';
import { Suite } from './support/suite';

type CaseBody = Awaited<ReturnType<typeof submitCase>>;

/** Acceptance at one window (行政许可法 Art. 32): accept, refuse, or tell every correction at once. */
describe('acceptance of an application at the window', () => {
  let suite: Suite;
  let clerk: Record<string, string>;
  let applicant: Record<string, string>;
  let materials: { key: string; documentRef: string }[];

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases']);
    clerk = await suite.as('sc-clerk');
    applicant = await suite.as('citizen-zhang');
    materials = await requiredMaterials(suite);
  });
  afterAll(() => suite.stop());

  const aSubmittedCase = (): Promise<CaseBody> => submitCase(suite, applicant);

  const act = (id: string, action: string, body: unknown = {}, as = clerk) =>
    suite.send('POST', `/api/v1/cases/${id}/${action}`, body, as);

  it('runs correction notice → resubmission → acceptance, refusing a notice that names a new material', async () => {
    const submitted = await aSubmittedCase();
    const [first, second] = materials.map((material) => material.key);

    const notice = await act(submitted.id, 'correction-notices', {
      items: [{ material: first, problem: '未加盖公章' }],
    });
    expect(notice.status).toBe(200);
    expect(notice.body).toMatchObject({ status: 'correction-requested' });

    const tooEarly = await act(submitted.id, 'accept');
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body).toMatchObject({ code: 'CASE.TRANSITION_NOT_ALLOWED' });

    const resubmitted = await act(submitted.id, 'resubmit', {}, applicant);
    expect(resubmitted.body).toMatchObject({ status: 'submitted' });

    const newMaterial = await act(submitted.id, 'correction-notices', {
      items: [{ material: second ?? 'another-material', problem: '复印件不清晰' }],
    });
    expect(newMaterial.status).toBe(422);
    expect(newMaterial.body).toMatchObject({ code: 'CASE.CORRECTION_NEW_MATERIAL' });

    const accepted = await act(submitted.id, 'accept');
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'under-review' });

    const twice = await act(submitted.id, 'accept');
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'CASE.TRANSITION_NOT_ALLOWED' });
  });

  it('refuses an application only with a stated reason', async () => {
    const submitted = await aSubmittedCase();
    const withoutReason = await act(submitted.id, 'reject', { reason: ' ' });
    expect(withoutReason.status).toBe(400);
    const rejected = await act(submitted.id, 'reject', { reason: '申请事项不属于本机关职权范围' });
    expect(rejected.body).toMatchObject({ status: 'rejected' });
  });

  it('lets only the applicant resubmit their own case, and only staff of the subtree decide', async () => {
    const submitted = await aSubmittedCase();
    await act(submitted.id, 'correction-notices', {
      items: [{ material: materials[0]?.key ?? 'x', problem: '缺少签字' }],
    });
    const stranger = await act(submitted.id, 'resubmit', {}, await suite.as('citizen-li'));
    expect(stranger.status).toBe(404);
    const applicantAccepting = await act(submitted.id, 'accept', {}, applicant);
    expect(applicantAccepting.status).toBe(403);
    const townshipClerk = await act(submitted.id, 'accept', {}, await suite.as('qb-clerk'));
    expect(townshipClerk.status).toBe(404);
  });

  it('lets one of two simultaneous decisions on a case succeed, never both', async () => {
    const submitted = await aSubmittedCase();
    const answers = await Promise.all([
      act(submitted.id, 'accept'),
      act(submitted.id, 'reject', { reason: '材料不符合法定形式' }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });

  it('keeps every step in the case’s audit trail, in order, and the trail verifies', async () => {
    const submitted = await aSubmittedCase();
    await act(submitted.id, 'correction-notices', {
      items: [{ material: materials[0]?.key ?? 'x', problem: '缺少签字' }],
    });
    await act(submitted.id, 'resubmit', {}, applicant);
    await act(submitted.id, 'accept');
    const cases = suite.service('cases');
    const em = cases.get(MikroORM).em.fork() as EntityManager;
    const trail = cases.get(AuditTrail);
    const rows = await trail.readTrail(em, 'case', submitted.id);
    expect(rows.map((row) => [row.sequence, row.action])).toEqual([
      [1, 'submit'],
      [2, 'request-correction'],
      [3, 'resubmit'],
      [4, 'accept'],
    ]);
    expect(await trail.verifyAggregate(em, 'case', submitted.id)).toMatchObject({ ok: true });
  });

  it('runs the whole way: review with suspension, one extension, decision, conclusion, delivery', async () => {
    const submitted = await aSubmittedCase();
    const approver = await suite.as('sc-approver');
    const accepted = await act(submitted.id, 'accept');
    expect(accepted.body).toMatchObject({
      status: 'under-review',
      clock: { phase: 'running', elapsed: 0, statutory: { overdue: false }, provisional: false },
    });
    const statutory = (accepted.body as { clock: { statutory: { limit: number } } }).clock
      .statutory;

    const notSuspended = await act(submitted.id, 'resume', {}, approver);
    expect(notSuspended.status).toBe(409);
    expect(notSuspended.body).toMatchObject({ code: 'CASE.NOT_SUSPENDED' });
    const suspended = await act(
      submitted.id,
      'suspend',
      { kind: 'inspection-testing-quarantine', reason: '现场核查经营场所' },
      approver,
    );
    expect(suspended.body).toMatchObject({ status: 'suspended', clock: { phase: 'suspended' } });
    expect((await act(submitted.id, 'resume', {}, approver)).body).toMatchObject({
      status: 'under-review',
    });

    const extended = await act(submitted.id, 'extend', { reason: '需征求消防部门意见' }, approver);
    expect(extended.body).toMatchObject({
      clock: { statutory: { limit: statutory.limit + 10 } },
    });
    const again = await act(submitted.id, 'extend', { reason: '再次延期' }, approver);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CASE.ALREADY_EXTENDED' });

    expect(
      (await act(submitted.id, 'decide', { outcome: 'approved' }, approver)).body,
    ).toMatchObject({ status: 'decided', clock: { phase: 'stopped' } });
    expect((await act(submitted.id, 'conclude')).body).toMatchObject({ status: 'concluded' });
    expect((await act(submitted.id, 'deliver', { method: 'window' })).body).toMatchObject({
      status: 'delivered',
    });
    const withdrawAfterDecision = await act(submitted.id, 'withdraw', {}, applicant);
    expect(withdrawAfterDecision.status).toBe(409);

    const cases = suite.service('cases');
    const em = cases.get(MikroORM).em.fork() as EntityManager;
    const rows = await cases.get(AuditTrail).readTrail(em, 'case', submitted.id);
    expect(rows.map((row) => row.action)).toEqual([
      'submit',
      'accept',
      'suspend',
      'resume',
      'extend',
      'decide',
      'conclude',
      'deliver',
    ]);
  });

  it('lets the applicant withdraw before a decision', async () => {
    const submitted = await aSubmittedCase();
    await act(submitted.id, 'accept');
    const withdrawn = await act(submitted.id, 'withdraw', { reason: '不再需要' }, applicant);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn' });
  });
});

describe('lists of cases', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases']);
  });
  afterAll(() => suite.stop());

  const submitAs = async (username: string, residentId: string): Promise<string> =>
    (await submitCase(suite, await suite.as(username), { residentId })).id;

  it('shows an applicant their own cases and staff their subtree, newest first, found by applicant', async () => {
    const residentId = aResidentId('330212');
    const first = await submitAs('citizen-li', residentId);
    const second = await submitAs('citizen-li', residentId);

    const own = await suite.get('/api/v1/cases?limit=200', await suite.as('citizen-li'));
    const ownIds = (own.body as { items: { id: string }[] }).items.map((item) => item.id);
    expect(ownIds.indexOf(second)).toBeLessThan(ownIds.indexOf(first));
    expect(ownIds.indexOf(first)).toBeGreaterThanOrEqual(0);

    const clerk = await suite.as('sc-clerk');
    const byApplicant = await suite.get(`/api/v1/cases?applicantId=${residentId}`, clerk);
    expect((byApplicant.body as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([
      second,
      first,
    ]);
    const elsewhere = await suite.get('/api/v1/cases?division=330212', clerk);
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body).toMatchObject({ code: 'AUTH.DIVISION_OUT_OF_SCOPE' });
  });
});
