import { aDepartment } from './support/builders';
import { type HttpResult, pageItems, Suite } from './support/suite';

const noticesOf = (result: HttpResult) => pageItems<{ title: string; sequence: number }>(result);

describe('a department write travels gateway → catalog → outbox → JetStream → notifications', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'notifications'], { signedInAs: 'zj-catalog-admin' });
  });
  afterAll(() => suite.stop());

  it('records a notice for a new department that the caller can read through the gateway', async () => {
    const created = await suite.send('POST', '/api/v1/departments', aDepartment());
    expect(created.status).toBe(201);
    const department = created.body as { id: string; version: number };
    expect(created.location).toBe(`/api/v1/departments/${department.id}`);
    expect(department.version).toBe(1);

    const notices = await suite.eventually(
      `/api/v1/notices?aggregateId=${department.id}`,
      (result) => noticesOf(result).length === 1,
    );
    expect(noticesOf(notices)).toEqual([
      expect.objectContaining({ title: '部门已登记：杭州市市场监督管理局', sequence: 1 }),
    ]);
  });

  it('records a rename after the registration, in order', async () => {
    const department = (await suite.send('POST', '/api/v1/departments', aDepartment())).body as {
      id: string;
    };
    const renamed = await suite.send('PATCH', `/api/v1/departments/${department.id}`, {
      name: '杭州市市场监管局',
    });
    expect(renamed.body).toMatchObject({ name: '杭州市市场监管局', version: 2 });

    const notices = await suite.eventually(
      `/api/v1/notices?aggregateId=${department.id}`,
      (result) => noticesOf(result).length === 2,
    );
    expect(noticesOf(notices).map((notice) => [notice.sequence, notice.title])).toEqual([
      [1, '部门已登记：杭州市市场监督管理局'],
      [2, '部门已更名：杭州市市场监督管理局 → 杭州市市场监管局'],
    ]);
  });

  it('rejects a department whose credit code fails its check character', async () => {
    const department = aDepartment();
    const wrongCheck =
      department.creditCode.slice(0, 17) + (department.creditCode.endsWith('0') ? '1' : '0');
    const response = await suite.send('POST', '/api/v1/departments', {
      ...department,
      creditCode: wrongCheck,
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'CATALOG.CREDIT_CODE_INVALID' });
  });

  it('rejects a department of a division the catalogue does not know with 422', async () => {
    const response = await suite.send(
      'POST',
      '/api/v1/departments',
      aDepartment({ division: '330199000000' }),
    );
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'CATALOG.DEPARTMENT_DIVISION_UNKNOWN' });
  });

  it('rejects a second department with the same credit code with 409', async () => {
    const department = aDepartment();
    await suite.send('POST', '/api/v1/departments', department);
    const again = await suite.send('POST', '/api/v1/departments', {
      ...department,
      name: '另一个部门',
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CATALOG.DEPARTMENT_EXISTS' });
  });

  it('names every field that breaks the contract', async () => {
    const response = await suite.send('POST', '/api/v1/departments', { name: 'x', extra: 1 });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'PLATFORM.VALIDATION_FAILED' });
    const paths = (response.body as { details: { issues: { path: string }[] } }).details.issues.map(
      (issue) => issue.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['/creditCode', '/division', '/name']));
  });

  it('answers 400 for a department id that is not a UUID and 404 for an unknown one', async () => {
    expect((await suite.get('/api/v1/departments/42')).body).toMatchObject({
      status: 400,
      code: 'PLATFORM.VALIDATION_FAILED',
    });
    expect(
      (await suite.get('/api/v1/departments/01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f')).body,
    ).toMatchObject({
      status: 404,
      code: 'CATALOG.DEPARTMENT_NOT_FOUND',
    });
  });

  it('answers 400 when the body is not a JSON object', async () => {
    const response = await suite.send('POST', '/api/v1/departments', ['not', 'an', 'object']);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'PLATFORM.VALIDATION_FAILED' });
  });
});
