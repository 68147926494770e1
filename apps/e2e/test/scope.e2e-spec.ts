import { catalogContracts, GOV_ERROR_HEADER } from '@gov/contracts';
import { userToken } from '@gov/testing';
import { connect, headers, type NatsConnection } from 'nats';
import { aDepartment } from './support/builders';
import { type HttpResult, pageItems, Suite } from './support/suite';

interface Notice {
  aggregateId: string;
  division: string;
  sequence: number;
}
const pageOf = (result: HttpResult) =>
  result.body as { items: Notice[]; nextCursor: string | null };

// Ningbo's catalogue administrator acts in 330200 (宁波市); Hangzhou (330100) is outside that scope.
describe('scope: staff act inside the subtree of their division', () => {
  let suite: Suite;
  let ningbo: Record<string, string>;
  let province: Record<string, string>;
  let hangzhouDepartment: { id: string };
  let ningboDepartment: { id: string };

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'notifications']);
    ningbo = await suite.as('nb-catalog-admin');
    province = await suite.as('zj-catalog-admin');
    const created = await suite.send(
      'POST',
      '/api/v1/departments',
      aDepartment({ division: '330100000000', name: '杭州市测试局' }),
      province,
    );
    hangzhouDepartment = created.body as { id: string };
    const own = await suite.send(
      'POST',
      '/api/v1/departments',
      aDepartment({ division: '330212000000', name: '宁波市鄞州区测试局' }),
      ningbo,
    );
    expect(own.status).toBe(201);
    ningboDepartment = own.body as { id: string };
  });
  afterAll(() => suite.stop());

  it('lets a city administrator register a department in a county of their city', () => {
    expect(ningboDepartment.id).toEqual(expect.any(String));
  });

  it('refuses with 403 to register a department in a division outside the caller’s subtree', async () => {
    const response = await suite.send(
      'POST',
      '/api/v1/departments',
      aDepartment({ division: '330100000000' }),
      ningbo,
    );
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      code: 'AUTH.DIVISION_OUT_OF_SCOPE',
      details: { division: '330100000000', scope: '330200000000' },
    });
  });

  it('answers a write to a record outside the subtree exactly as for a record that does not exist', async () => {
    const outside = await suite.send(
      'PATCH',
      `/api/v1/departments/${hangzhouDepartment.id}`,
      { name: '改名' },
      ningbo,
    );
    const missing = await suite.send(
      'PATCH',
      '/api/v1/departments/01936d3a-5b1c-7cc2-9f3e-000000000000',
      { name: '改名' },
      ningbo,
    );
    expect(outside.status).toBe(404);
    expect(outside.body).toMatchObject({ code: 'CATALOG.DEPARTMENT_NOT_FOUND' });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'CATALOG.DEPARTMENT_NOT_FOUND' });
  });

  it('lets the province administrator, whose subtree holds every city, rename it', async () => {
    const response = await suite.send(
      'PATCH',
      `/api/v1/departments/${hangzhouDepartment.id}`,
      { name: '杭州市测试局（更名）' },
      province,
    );
    expect(response.status).toBe(200);
  });

  it('lists only the notices of the caller’s subtree', async () => {
    const hangzhouSupervisor = await suite.as('hz-supervisor');
    const ownNotices = await suite.eventually(
      `/api/v1/notices?aggregateId=${hangzhouDepartment.id}`,
      (result) => pageItems(result).length === 2,
      10_000,
      hangzhouSupervisor,
    );
    expect(pageOf(ownNotices).items.map((notice) => notice.sequence)).toEqual([1, 2]);
    // The Ningbo department's notice exists (the province supervisor sees it) …
    const seenByProvince = await suite.eventually(
      `/api/v1/notices?aggregateId=${ningboDepartment.id}`,
      (result) => pageItems(result).length === 1,
      10_000,
      await suite.as('zj-supervisor'),
    );
    expect(pageOf(seenByProvince).items).toHaveLength(1);
    // … but not to Hangzhou's supervisor.
    const hidden = await suite.get(
      `/api/v1/notices?aggregateId=${ningboDepartment.id}`,
      hangzhouSupervisor,
    );
    expect(hidden.status).toBe(200);
    expect(pageOf(hidden)).toEqual({ items: [], nextCursor: null });
  });

  it('refuses with 403 a list filtered on a division outside the subtree, and admits one inside', async () => {
    const hangzhouSupervisor = await suite.as('hz-supervisor');
    const outside = await suite.get('/api/v1/notices?division=330200', hangzhouSupervisor);
    expect(outside.status).toBe(403);
    expect(outside.body).toMatchObject({ code: 'AUTH.DIVISION_OUT_OF_SCOPE' });
    const inside = await suite.get('/api/v1/notices?division=330100', hangzhouSupervisor);
    expect(inside.status).toBe(200);
    expect(pageOf(inside).items.every((notice) => notice.division.startsWith('3301'))).toBe(true);
  });
});

describe('cursor pagination of a list', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'notifications'], { signedInAs: 'zj-catalog-admin' });
  });
  afterAll(() => suite.stop());

  it('walks every item once, in order, and ends with a null cursor', async () => {
    const created = await suite.send('POST', '/api/v1/departments', aDepartment());
    const { id } = created.body as { id: string };
    for (const name of ['第二名', '第三名', '第四名', '第五名']) {
      await suite.send('PATCH', `/api/v1/departments/${id}`, { name });
    }
    await suite.eventually(
      `/api/v1/notices?aggregateId=${id}`,
      (result) => pageItems(result).length === 5,
    );

    const sequences: number[] = [];
    let path = `/api/v1/notices?aggregateId=${id}&limit=2`;
    const cursors: (string | null)[] = [];
    for (;;) {
      const page = pageOf(await suite.get(path));
      sequences.push(...page.items.map((notice) => notice.sequence));
      cursors.push(page.nextCursor);
      if (page.nextCursor === null) break;
      path = `/api/v1/notices?aggregateId=${id}&limit=2&cursor=${page.nextCursor}`;
    }
    expect(sequences).toEqual([1, 2, 3, 4, 5]);
    expect(cursors).toHaveLength(3);
  });

  it('answers 400 with its own code for a cursor it did not issue', async () => {
    const response = await suite.get('/api/v1/notices?cursor=bm90LWEtY3Vyc29y');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'PLATFORM.CURSOR_INVALID' });
  });

  it('answers 400 for a page size over the maximum', async () => {
    const response = await suite.get('/api/v1/notices?limit=201');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'PLATFORM.VALIDATION_FAILED' });
  });
});

describe('a request sent straight to the bus', () => {
  let suite: Suite;
  let bus: NatsConnection;

  beforeAll(async () => {
    suite = await Suite.start(['catalog']);
    bus = await connect({ servers: suite.nats.url });
  });
  afterAll(async () => {
    await bus.close();
    await suite.stop();
  });

  /** Asks the catalog to register a department, bypassing the gateway; returns the error code. */
  async function createOnTheBus(authorization?: string): Promise<string> {
    const requestHeaders = headers();
    if (authorization !== undefined) requestHeaders.set('authorization', authorization);
    const reply = await bus.request(
      catalogContracts.createDepartment.subject,
      new TextEncoder().encode(JSON.stringify(aDepartment())),
      { headers: requestHeaders, timeout: 5_000 },
    );
    return reply.headers?.get(GOV_ERROR_HEADER) ?? '';
  }

  it('is refused by the catalog without a token', async () => {
    expect(await createOnTheBus()).toBe('AUTH.TOKEN_MISSING');
  });

  it('is refused by the catalog with a token whose role is not admitted', async () => {
    expect(await createOnTheBus(`Bearer ${await userToken('sc-clerk')}`)).toBe(
      'AUTH.ROLE_NOT_ADMITTED',
    );
  });

  it('is refused by the catalog with a token whose claims were altered', async () => {
    const [header, , signature] = (await userToken('sc-clerk')).split('.');
    const claims = Buffer.from(
      JSON.stringify({ sub: 'x', realm_access: { roles: ['catalog_admin'] } }),
    ).toString('base64url');
    expect(await createOnTheBus(`Bearer ${header}.${claims}.${signature}`)).toBe(
      'AUTH.TOKEN_INVALID',
    );
  });
});
