import { submitCase } from './support/cases';
import { Suite } from './support/suite';

interface HandedCase {
  firstResponder: string | null;
  responsible: string | null;
  window: { number: string; name: string } | null;
}

/** 转办: a case handed to a colleague who can handle it; the first responder stays recorded. */
describe('handing a case over', () => {
  let suite: Suite;
  let as: (username: string) => Promise<Record<string, string>>;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases']);
    as = (username) => suite.as(username);
  });
  afterAll(() => suite.stop());

  const handOver = async (id: string, body: unknown, by: string) =>
    suite.send('POST', `/api/v1/cases/${id}/handover`, body, await as(by));
  const detail = async (id: string) =>
    (await suite.get(`/api/v1/cases/${id}`, await as('sc-clerk'))).body as HandedCase;

  it('hands a case to a colleague of the subtree and lets a supervisor reassign it', async () => {
    const submitted = await submitCase(suite, await as('sc-clerk'));
    // The approver has acted before, so the service knows them.
    await submitCase(suite, await as('sc-clerk'));
    const other = await submitCase(suite, await as('sc-clerk'));
    await suite.send('POST', `/api/v1/cases/${other.id}/accept`, {}, await as('sc-clerk'));
    await suite.send(
      'POST',
      `/api/v1/cases/${other.id}/extend`,
      { reason: '需现场核查' },
      await as('sc-approver'),
    );

    const handed = await handOver(
      submitted.id,
      { to: 'sc-approver', reason: '需审批人员先行审查' },
      'sc-clerk',
    );
    expect(handed.status).toBe(200);
    expect(await detail(submitted.id)).toMatchObject({
      firstResponder: 'sc-clerk',
      responsible: 'sc-approver',
    });

    const reassigned = await handOver(
      submitted.id,
      { to: 'sc-clerk', reason: '统一由综合窗口跟进' },
      'hz-supervisor',
    );
    expect(reassigned.status).toBe(200);
    expect(await detail(submitted.id)).toMatchObject({
      firstResponder: 'sc-clerk',
      responsible: 'sc-clerk',
    });
  });

  it('refuses an unknown colleague, one who cannot handle the case, and the same person', async () => {
    const submitted = await submitCase(suite, await as('sc-clerk'));
    const unknown = await handOver(submitted.id, { to: 'nobody', reason: '调岗' }, 'sc-clerk');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'CASE.HANDOVER_TARGET_UNKNOWN' });

    // The township clerk is known once they acted; their area does not hold a county case.
    await submitCase(suite, await as('qb-clerk'), { division: '330102001000' });
    const tooLow = await handOver(submitted.id, { to: 'qb-clerk', reason: '调岗' }, 'sc-clerk');
    expect(tooLow.status).toBe(403);
    expect(tooLow.body).toMatchObject({ code: 'CASE.HANDOVER_OUT_OF_SCOPE' });

    const same = await handOver(submitted.id, { to: 'sc-clerk', reason: '重复' }, 'sc-clerk');
    expect(same.status).toBe(409);
    expect(same.body).toMatchObject({ code: 'CASE.HANDOVER_TO_SAME_STAFF' });

    const citizen = await handOver(
      submitted.id,
      { to: 'sc-approver', reason: '调岗' },
      'citizen-zhang',
    );
    expect(citizen.status).toBe(403);
  });

  it('hands a case to a window of a centre that can handle it', async () => {
    const windowOf = async (division: string, number: string) => {
      const centres = await suite.get(`/api/v1/centres?division=${division}`);
      const centre = (centres.body as { items: { id: string; division: string }[] }).items.find(
        (each) => each.division === division,
      );
      const windows = await suite.get(`/api/v1/centres/${centre?.id}/windows`);
      return (windows.body as { items: { id: string; number: string }[] }).items.find(
        (each) => each.number === number,
      )?.id;
    };
    const submitted = await submitCase(suite, await as('sc-clerk'));
    const comprehensive = await windowOf('330102000000', '01');
    const handed = await handOver(
      submitted.id,
      { toWindow: comprehensive, reason: '企业开办事项统一由综合受理窗口办理' },
      'sc-clerk',
    );
    expect(handed.status).toBe(200);
    expect(await detail(submitted.id)).toMatchObject({
      firstResponder: 'sc-clerk',
      window: { number: '01', name: '企业开办综合受理窗口' },
    });

    const westLake = await windowOf('330106000000', '01');
    const elsewhere = await handOver(
      submitted.id,
      { toWindow: westLake, reason: '调整' },
      'sc-clerk',
    );
    expect(elsewhere.body).toMatchObject({ code: 'CASE.HANDOVER_OUT_OF_SCOPE' });
    const unknown = await handOver(
      submitted.id,
      { toWindow: '01936d3a-5b1c-7cc2-9f3e-000000000009', reason: '调整' },
      'sc-clerk',
    );
    expect(unknown.body).toMatchObject({ code: 'CASE.HANDOVER_TARGET_UNKNOWN' });
    const both = await handOver(
      submitted.id,
      { to: 'sc-approver', toWindow: comprehensive, reason: '调整' },
      'sc-clerk',
    );
    expect(both.status).toBe(400);
  });
});
