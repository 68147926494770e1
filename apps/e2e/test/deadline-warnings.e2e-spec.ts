import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DeemedAcceptanceSweep } from '../../cases/src/cases/deadlines/deemed-acceptance.sweep';
import { DeadlineWatch } from '../../cases/src/supervision/warnings/deadline-watch';
import { type CaseBody, eventually, setCasesClock, submitCase } from './support/cases';
import { pageItems, Suite } from './support/suite';

interface WarningBody {
  id: string;
  caseId: string;
  deadline: string;
  level: string;
  dueOn: string;
  status: string;
  clearedBecause: string | null;
  responsible: { username: string } | null;
  notes: { author: string; text: string }[];
}

interface WatchColumns {
  promised_warn_on: string | null;
  promised_due_on: string | null;
  statutory_warn_on: string | null;
  statutory_due_on: string | null;
  next_warning_on: string | null;
}

/**
 * The deadline watch (电子监察) through the gateway on the real suite. Days pass by moving the
 * cases service's clock only (tokens stay valid); the periodic sweep is slowed down so the passes
 * the tests make are the ones that count, several at once standing for several instances.
 */
describe('deadline warnings', () => {
  let suite: Suite;
  let citizen: Record<string, string>;
  let clerk: Record<string, string>;
  let approver: Record<string, string>;
  let supervisor: Record<string, string>;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases', 'notifications'], {
      env: { CASE_SWEEP_INTERVAL_MS: '3600000' },
    });
    citizen = await suite.as('citizen-zhang');
    clerk = await suite.as('sc-clerk');
    approver = await suite.as('sc-approver');
    supervisor = await suite.as('hz-supervisor');
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => suite.stop());

  const em = () => suite.service('cases').get(MikroORM).em.fork() as EntityManager;
  const watch = () => suite.service('cases').get(DeadlineWatch);

  /** From now on the cases service lives at noon (Beijing) of `date`. */
  function today(date: string | null): void {
    if (date === null) throw new Error('no such day on the case');
    setCasesClock(suite, date);
  }

  async function act(id: string, action: string, body: object, headers: Record<string, string>) {
    const answer = await suite.send('POST', `/api/v1/cases/${id}/${action}`, body, headers);
    expect([action, answer.status]).toEqual([action, 200]);
    return answer.body as CaseBody;
  }

  /** A case of 食品经营许可 (promised 3, statutory 10 working days) accepted by the clerk today. */
  async function acceptedCase(): Promise<CaseBody> {
    const submitted = await submitCase(suite, citizen);
    return act(submitted.id, 'accept', {}, clerk);
  }

  async function columns(id: string): Promise<WatchColumns> {
    const [row] = await em().execute<WatchColumns[]>(
      `select to_char(promised_warn_on, 'YYYY-MM-DD') as promised_warn_on,
              to_char(promised_due_on, 'YYYY-MM-DD') as promised_due_on,
              to_char(statutory_warn_on, 'YYYY-MM-DD') as statutory_warn_on,
              to_char(statutory_due_on, 'YYYY-MM-DD') as statutory_due_on,
              to_char(next_warning_on, 'YYYY-MM-DD') as next_warning_on
       from cases."case" where id = ?`,
      [id],
    );
    if (!row) throw new Error(`case ${id} not stored`);
    return row;
  }

  async function warningsOf(id: string): Promise<WarningBody[]> {
    const answer = await suite.get(`/api/v1/warnings?caseId=${id}`, supervisor);
    expect(answer.status).toBe(200);
    return pageItems<WarningBody>(answer).sort((a, b) =>
      `${a.deadline}${a.level}${a.dueOn}`.localeCompare(`${b.deadline}${b.level}${b.dueOn}`),
    );
  }

  async function raisedEvents(id: string): Promise<number> {
    const [row] = await em().execute<{ count: string }[]>(
      `select count(*) as count from cases.outbox
       where envelope->>'type' = 'cn.gov.cases.warning.raised.v1'
         and envelope->'data'->>'caseId' = ?`,
      [id],
    );
    return Number(row?.count);
  }

  /** Three passes at once, as three instances of the service waking together. */
  const racingPasses = () => Promise.all([watch().runOnce(), watch().runOnce(), watch().runOnce()]);

  it('raises one yellow per deadline however many passes race, then red once, then nothing new', async () => {
    const accepted = await acceptedCase();
    const days = await columns(accepted.id);
    expect(days.promised_due_on).toBe(accepted.clock.promised?.dueDate);
    expect(days.next_warning_on).toBe(days.promised_warn_on);

    today(days.promised_warn_on);
    await racingPasses();
    expect(await warningsOf(accepted.id)).toMatchObject([
      { deadline: 'promised', level: 'yellow', dueOn: days.promised_due_on, status: 'open' },
    ]);

    today(days.statutory_warn_on);
    await racingPasses();
    await racingPasses();
    expect(
      (await warningsOf(accepted.id)).map(({ deadline, level, dueOn }) => [deadline, level, dueOn]),
    ).toEqual([
      ['promised', 'red', days.promised_due_on],
      ['promised', 'yellow', days.promised_due_on],
      ['statutory', 'yellow', days.statutory_due_on],
    ]);
    expect(await raisedEvents(accepted.id)).toBe(3);
    expect((await columns(accepted.id)).next_warning_on).not.toBeNull();

    const responsible = (await warningsOf(accepted.id))[0]?.responsible;
    expect(responsible?.username).toBe('sc-clerk');
    // The three warnings reach the clerk's notices, each once (notifications consumes them apart).
    const notices = await eventually(async () => {
      const mine = pageItems<{ title: string }>(await suite.get('/api/v1/my/notices', clerk))
        .map((notice) => notice.title)
        .filter((title) => title.startsWith(`办件 ${accepted.number} `));
      return mine.length >= 3 ? mine : undefined;
    });
    expect(notices.sort()).toEqual(
      [
        `办件 ${accepted.number} 承诺时限即将届满（黄色预警）`,
        `办件 ${accepted.number} 承诺时限已超期（红色预警）`,
        `办件 ${accepted.number} 法定时限即将届满（黄色预警）`,
      ].sort(),
    );
  });

  it('raises red alone, once, for a case found only after its deadline passed', async () => {
    const accepted = await acceptedCase();
    const { statutory_due_on: statutoryDue } = await columns(accepted.id);
    const dayAfter = new Date(`${statutoryDue}T12:00:00+08:00`);
    today(new Date(dayAfter.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10));

    await racingPasses();
    await watch().runOnce();

    expect((await warningsOf(accepted.id)).map(({ deadline, level }) => [deadline, level])).toEqual(
      [
        ['promised', 'red'],
        ['statutory', 'red'],
      ],
    );
    expect(await raisedEvents(accepted.id)).toBe(2);
    expect((await columns(accepted.id)).next_warning_on).toBeNull();
  });

  it('never warns of a suspended case, its clock stopped', async () => {
    const accepted = await acceptedCase();
    const { statutory_due_on: statutoryDue } = await columns(accepted.id);
    await act(accepted.id, 'suspend', { kind: 'expert-review', reason: '组织专家评审' }, approver);
    expect(await columns(accepted.id)).toMatchObject({
      promised_warn_on: null,
      statutory_warn_on: null,
      next_warning_on: null,
    });

    today(statutoryDue);
    await racingPasses();
    expect(await warningsOf(accepted.id)).toEqual([]);
  });

  it('clears the statutory warnings an extension moves, then every open one at the decision', async () => {
    const accepted = await acceptedCase();
    const before = await columns(accepted.id);
    today(before.statutory_warn_on);
    await watch().runOnce();

    const extended = await act(accepted.id, 'extend', { reason: '需征求相关部门意见' }, approver);
    const after = await columns(accepted.id);
    expect(after.statutory_due_on).toBe(extended.clock.statutory?.dueDate);
    expect(after.statutory_due_on).not.toBe(before.statutory_due_on);
    await watch().runOnce();
    expect(
      (await warningsOf(accepted.id)).map(({ deadline, level, status, clearedBecause }) => [
        deadline,
        level,
        status,
        clearedBecause,
      ]),
    ).toEqual([
      ['promised', 'red', 'open', null],
      ['statutory', 'yellow', 'cleared', 'deadline-moved'],
    ]);

    await act(accepted.id, 'decide', { outcome: 'approved' }, approver);
    await act(accepted.id, 'conclude', {}, clerk);
    const settled = await warningsOf(accepted.id);
    expect(settled.map(({ status }) => status)).toEqual(['cleared', 'cleared']);
    expect(settled[0]?.clearedBecause).toBe('concluded');
    expect((await columns(accepted.id)).next_warning_on).toBeNull();
  });

  it('lets a supervisor acknowledge once and annotate, and refuses what is not theirs', async () => {
    const accepted = await acceptedCase();
    today((await columns(accepted.id)).promised_warn_on);
    await watch().runOnce();
    const [warning] = await warningsOf(accepted.id);
    if (!warning) throw new Error('no warning raised');

    const acknowledged = await suite.send(
      'POST',
      `/api/v1/warnings/${warning.id}/acknowledgement`,
      { note: '已电话督办' },
      supervisor,
    );
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'hz-supervisor',
      notes: [{ author: 'hz-supervisor', text: '已电话督办' }],
    });
    const again = await suite.send(
      'POST',
      `/api/v1/warnings/${warning.id}/acknowledgement`,
      {},
      await suite.as('zj-supervisor'),
    );
    expect([again.status, (again.body as { code: string }).code]).toEqual([
      409,
      'WARNING.ALREADY_ACKNOWLEDGED',
    ]);
    const annotated = await suite.send(
      'POST',
      `/api/v1/warnings/${warning.id}/notes`,
      { text: '承办人承诺明日办结' },
      await suite.as('sc-center-admin'),
    );
    expect(annotated.status).toBe(200);
    expect((annotated.body as WarningBody).notes.map((note) => note.author)).toEqual([
      'hz-supervisor',
      'sc-center-admin',
    ]);
    const read = await suite.get(`/api/v1/warnings/${warning.id}`, supervisor);
    expect((read.body as WarningBody).notes).toHaveLength(2);

    const listed = await suite.get('/api/v1/warnings?status=acknowledged&level=yellow', supervisor);
    expect(pageItems<WarningBody>(listed).map((each) => each.id)).toContain(warning.id);

    const unknown = await suite.send(
      'POST',
      '/api/v1/warnings/01936d3a-5b1c-7cc2-9f3e-000000000000/acknowledgement',
      {},
      supervisor,
    );
    expect([unknown.status, (unknown.body as { code: string }).code]).toEqual([
      404,
      'WARNING.NOT_FOUND',
    ]);
  });

  it('commits a keyed acknowledgement or threshold change in the transaction that stores its key', async () => {
    /** The transaction that last wrote each row (xmin): one id when effect and reply commit together. */
    async function writtenTogether(table: string, where: string, params: unknown[], key: string) {
      const rows = await em().execute<{ effect: string; reply: string }[]>(
        `select (select xmin::text from ${table} where ${where}) as effect,
                (select xmin::text from cases.idempotency_key where key = ?) as reply`,
        [...params, key],
      );
      return rows[0];
    }
    const accepted = await acceptedCase();
    today((await columns(accepted.id)).promised_warn_on);
    await watch().runOnce();
    const [warning] = await warningsOf(accepted.id);
    if (!warning) throw new Error('no warning raised');

    const ackKey = `ack-${warning.id}`;
    const acknowledged = await suite.send(
      'POST',
      `/api/v1/warnings/${warning.id}/acknowledgement`,
      {},
      { ...supervisor, 'idempotency-key': ackKey },
    );
    expect(acknowledged.status).toBe(200);
    const ack = await writtenTogether('cases.deadline_warning', 'id = ?', [warning.id], ackKey);
    expect(ack?.effect).toBe(ack?.reply);

    const thresholdKey = `threshold-${warning.id}`;
    const set = await suite.send(
      'PUT',
      '/api/v1/warning-thresholds',
      { division: '330102001000', itemCode: 'XK00003002', yellowDays: 3 },
      { ...(await suite.as('sc-center-admin')), 'idempotency-key': thresholdKey },
    );
    expect(set.status).toBe(200);
    const threshold = await writtenTogether(
      'cases.warning_threshold',
      'division = ? and item_code = ?',
      ['330102001000', 'XK00003002'],
      thresholdKey,
    );
    expect(threshold?.effect).toBe(threshold?.reply);
  });

  it('refuses acknowledging or annotating a warning outside the caller’s subtree', async () => {
    // A Ningbo application nobody answered: accepted by law on its day of receipt (Art. 32).
    const submitted = await submitCase(suite, await suite.as('citizen-li'), {
      division: '330212000000',
    });
    today(new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10));
    await suite.service('cases').get(DeemedAcceptanceSweep).runOnce();
    await watch().runOnce();
    const ningbo = await suite.get(
      `/api/v1/warnings?caseId=${submitted.id}`,
      await suite.as('zj-supervisor'),
    );
    const [warning] = pageItems<WarningBody>(ningbo);
    if (!warning) throw new Error('no warning raised on the Ningbo case');

    const centreAdmin = await suite.as('sc-center-admin');
    for (const [path, body] of [
      ['acknowledgement', {}],
      ['notes', { text: '越权批注' }],
    ] as const) {
      const refused = await suite.send(
        'POST',
        `/api/v1/warnings/${warning.id}/${path}`,
        body,
        centreAdmin,
      );
      expect([path, refused.status, (refused.body as { code: string }).code]).toEqual([
        path,
        403,
        'WARNING.OUT_OF_SCOPE',
      ]);
    }
    const outside = await suite.get('/api/v1/warnings?division=330212', centreAdmin);
    expect(outside.status).toBe(403);
  });

  it('lets a centre administrator set, list and remove thresholds of their subtree only', async () => {
    const admin = await suite.as('sc-center-admin');
    const set = await suite.send(
      'PUT',
      '/api/v1/warning-thresholds',
      { division: '330102001000', itemCode: 'XK00003001', yellowDays: 4 },
      admin,
    );
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      division: '330102001000',
      itemCode: 'XK00003001',
      yellowDays: 4,
    });
    const listed = await suite.get('/api/v1/warning-thresholds', admin);
    expect((listed.body as { items: unknown[] }).items).toContainEqual(
      expect.objectContaining({ division: '330102001000', itemCode: 'XK00003001', yellowDays: 4 }),
    );
    const outside = await suite.send(
      'PUT',
      '/api/v1/warning-thresholds',
      { division: '330212', yellowDays: 4 },
      admin,
    );
    expect([outside.status, (outside.body as { code: string }).code]).toEqual([
      403,
      'AUTH.DIVISION_OUT_OF_SCOPE',
    ]);
    const removed = await suite.send(
      'DELETE',
      '/api/v1/warning-thresholds?division=330102001000&itemCode=XK00003001',
      undefined,
      admin,
    );
    expect(removed.status).toBe(200);
    const gone = await suite.send(
      'DELETE',
      '/api/v1/warning-thresholds?division=330102001000&itemCode=XK00003001',
      undefined,
      admin,
    );
    expect([gone.status, (gone.body as { code: string }).code]).toEqual([
      404,
      'WARNING.THRESHOLD_NOT_FOUND',
    ]);
  });
});
