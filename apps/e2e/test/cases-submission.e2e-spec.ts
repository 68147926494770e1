import { AuditTrail } from '@gov/audit';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { aResidentId } from './support/cases';
import { type HttpResult, Suite } from './support/suite';

/** An online application for 食品经营许可（新办）, as handled in 上城区, valid unless overridden. */
function anApplication(overrides: Record<string, unknown> = {}) {
  return {
    itemCode: 'XK00001001',
    division: '330102000000',
    applicant: { kind: 'person', name: '张三', residentId: aResidentId(), phone: '13812345678' },
    materials: [] as { key: string; documentRef: string }[],
    ...overrides,
  };
}

interface Submitted {
  case: {
    id: string;
    number: string;
    status: string;
    item: { code: string; version: number };
    applicant: { name: string; idNumber: string; phone: string };
  };
  queryCode: string;
}

describe('submitting a case and following its progress', () => {
  let suite: Suite;
  let requiredMaterials: { key: string; documentRef: string }[];

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases'], { signedInAs: 'citizen-zhang' });
    const guide = await suite.get('/api/v1/guides/XK00001001');
    const materials = (
      guide.body as { version: { guide: { materials: { key: string; required: boolean }[] } } }
    ).version.guide.materials;
    requiredMaterials = materials
      .filter((material) => material.required)
      .map((material) => ({ key: material.key, documentRef: `doc:${material.key}` }));
  });
  afterAll(() => suite.stop());

  const submit = (body: unknown, headers: Record<string, string> = {}): Promise<HttpResult> =>
    suite.send('POST', '/api/v1/cases', body, headers);

  it('takes an online application: a case number, a query code, the item version, masked data', async () => {
    const response = await submit(anApplication({ materials: requiredMaterials }));
    expect(response.status).toBe(201);
    const { case: submitted, queryCode } = response.body as Submitted;
    expect(submitted.number).toMatch(/^330102-\d{8}-\d{8}$/);
    expect(queryCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(submitted).toMatchObject({
      status: 'submitted',
      item: { code: 'XK00001001', version: 1 },
      applicant: { name: '张*', phone: '138****5678' },
    });
    expect(submitted.applicant.idNumber).toMatch(/^330102\*+\w{4}$/);
    expect(response.location).toBe(`/api/v1/cases/${submitted.id}`);
  });

  it('answers the public progress to the number and query code, without personal data', async () => {
    const { case: submitted, queryCode } = (
      await submit(anApplication({ materials: requiredMaterials }))
    ).body as Submitted;
    const progress = await fetch(
      `${suite.baseUrl}/api/v1/case-progress/${submitted.number}?queryCode=${queryCode.toLowerCase()}`,
    );
    expect(progress.status).toBe(200);
    const body = (await progress.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ number: submitted.number, status: 'submitted' });
    expect(JSON.stringify(body)).not.toMatch(/张|138|330102199/);

    const forged = await fetch(
      `${suite.baseUrl}/api/v1/case-progress/${submitted.number}?queryCode=AAAAAAAA`,
    );
    expect(forged.status).toBe(404);
    const unknown = await fetch(
      `${suite.baseUrl}/api/v1/case-progress/330102-20200101-00000001?queryCode=${queryCode}`,
    );
    // A wrong code and an unknown number answer alike: the lookup does not tell which numbers exist.
    expect(unknown.status).toBe(404);
    const [forgedBody, unknownBody] = (await Promise.all([forged.json(), unknown.json()])) as {
      code: string;
    }[];
    expect(forgedBody?.code).toBe('CASE.PROGRESS_NOT_FOUND');
    expect(unknownBody?.code).toBe(forgedBody?.code);
  });

  it('returns the same case to a retried submission with the same Idempotency-Key', async () => {
    const key = randomUUID();
    const body = anApplication({ materials: requiredMaterials });
    const first = await submit(body, { 'idempotency-key': key });
    const retry = await submit(body, { 'idempotency-key': key });
    expect(retry.status).toBe(201);
    expect((retry.body as Submitted).case.number).toBe((first.body as Submitted).case.number);
  });

  it('takes many more simultaneous submissions with their own keys than the service has connections', async () => {
    // Each keyed command holds a connection for its transaction and needs another inside it: all
    // of the pool held by such commands used to stall every one of them.
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        submit(anApplication({ materials: requiredMaterials }), {
          'idempotency-key': randomUUID(),
        }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 30 }, () => 201));
    const numbers = new Set(answers.map((answer) => (answer.body as Submitted).case.number));
    expect(numbers.size).toBe(30);
  });

  it('takes many more simultaneous submissions without keys than the service has connections', async () => {
    // More than a block of case numbers too: a block is fetched while other submissions hold
    // their transactions' connections, and must not wait on them.
    const answers = await Promise.all(
      Array.from({ length: 45 }, () => submit(anApplication({ materials: requiredMaterials }))),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 45 }, () => 201));
    const numbers = new Set(answers.map((answer) => (answer.body as Submitted).case.number));
    expect(numbers.size).toBe(45);
  });

  it('shows the case to its applicant and to the staff of its county, to nobody else', async () => {
    const { case: submitted } = (await submit(anApplication({ materials: requiredMaterials })))
      .body as Submitted;
    expect((await suite.get(`/api/v1/cases/${submitted.id}`)).status).toBe(200);
    expect(
      (await suite.get(`/api/v1/cases/${submitted.id}`, await suite.as('sc-clerk'))).status,
    ).toBe(200);
    const otherCitizen = await suite.get(
      `/api/v1/cases/${submitted.id}`,
      await suite.as('citizen-li'),
    );
    expect(otherCitizen.status).toBe(404);
    expect(otherCitizen.body).toMatchObject({ code: 'CASE.NOT_FOUND' });
    // A township clerk of 上城区 does not reach a case handled by the county centre.
    const township = await suite.get(`/api/v1/cases/${submitted.id}`, await suite.as('qb-clerk'));
    expect(township.status).toBe(404);
  });

  it.each([
    [
      'an item that does not exist',
      () => anApplication({ itemCode: 'XK99999999', materials: requiredMaterials }),
      422,
      'CASE.ITEM_NOT_AVAILABLE',
    ],
    [
      'an item of another city',
      () => anApplication({ division: '330212000000', itemCode: 'QR00002001', materials: [] }),
      422,
      'CASE.ITEM_NOT_AVAILABLE',
    ],
    [
      'a resident ID whose check character is wrong',
      () =>
        anApplication({
          materials: requiredMaterials,
          applicant: {
            kind: 'person',
            name: '张三',
            residentId: '330102199001010010',
            phone: '13812345678',
          },
        }),
      400,
      'CASE.APPLICANT_ID_INVALID',
    ],
    [
      'missing required materials',
      () => anApplication({ materials: [] }),
      422,
      'CASE.MATERIALS_MISMATCH',
    ],
    [
      'a material the guide does not list',
      () =>
        anApplication({
          materials: [...requiredMaterials, { key: 'not-in-the-guide', documentRef: 'doc:x' }],
        }),
      422,
      'CASE.MATERIALS_MISMATCH',
    ],
  ])('refuses %s with its own code', async (_case, application, status, code) => {
    const response = await submit(application());
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ code });
  });

  it('records the submission in the case’s audit trail, without personal data, and the trail verifies', async () => {
    const { case: submitted } = (await submit(anApplication({ materials: requiredMaterials })))
      .body as Submitted;
    const cases = suite.service('cases');
    const trail = cases.get(AuditTrail);
    const em = cases.get(MikroORM).em.fork() as EntityManager;
    const rows = await trail.readTrail(em, 'case', submitted.id);
    expect(rows.map((row) => [row.sequence, row.action])).toEqual([[1, 'submit']]);
    expect(JSON.stringify(rows)).not.toMatch(/13812345678|张三/);
    expect(await trail.verifyAggregate(em, 'case', submitted.id)).toMatchObject({ ok: true });
  });

  it('lets a clerk record an application at a window of their own county only', async () => {
    const clerk = await suite.as('sc-clerk');
    const own = await submit(anApplication({ materials: requiredMaterials }), clerk);
    expect(own.status).toBe(201);
    const elsewhere = await submit(
      anApplication({ division: '330106000000', materials: requiredMaterials }),
      clerk,
    );
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body).toMatchObject({ code: 'AUTH.DIVISION_OUT_OF_SCOPE' });
  });
});
