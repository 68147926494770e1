import { Suite } from './support/suite';

describe('GET /api/v1/divisions/{code} through the gateway', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start(['catalog']);
  });
  afterAll(() => suite.stop());

  it('answers a county looked up by its six-digit GB/T 2260 code', async () => {
    const response = await suite.get('/api/v1/divisions/330102');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      code: '330102000000',
      name: '上城区',
      level: 'county',
      parentCode: '330100000000',
      validFrom: null,
      validTo: null,
      successorCodes: [],
    });
  });

  it('answers a village looked up by its twelve-digit code, with its township as parent', async () => {
    const response = await suite.get('/api/v1/divisions/330212101201');
    expect(response.body).toEqual({
      code: '330212101201',
      name: '走马塘村',
      level: 'village',
      parentCode: '330212101000',
      validFrom: null,
      validTo: null,
      successorCodes: [],
    });
  });

  it.each([['33010x'], ['3301020'], ['990000'], ['330000001000']])(
    'rejects the malformed code %s with 400 problem+json naming the registry code',
    async (code) => {
      const response = await suite.get(`/api/v1/divisions/${code}`);
      expect(response.status).toBe(400);
      expect(response.contentType).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        status: 400,
        code: 'CATALOG.DIVISION_CODE_INVALID',
        type: 'urn:gov:error:CATALOG.DIVISION_CODE_INVALID',
        instance: `/api/v1/divisions/${code}`,
      });
    },
  );

  it('answers 404 for a well-formed code that is not in the catalogue', async () => {
    const response = await suite.get('/api/v1/divisions/330102099000');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'CATALOG.DIVISION_NOT_FOUND', status: 404 });
  });

  it('answers 404 problem+json for a route that does not exist', async () => {
    const response = await suite.get('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'PLATFORM.ROUTE_NOT_FOUND' });
  });
});

describe('the gateway while the catalog is not running', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start([]);
  });
  afterAll(() => suite.stop());

  it('answers 503 with PLATFORM.SERVICE_UNAVAILABLE, and 200 once the catalog is back', async () => {
    const down = await suite.get('/api/v1/divisions/330102');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ code: 'PLATFORM.SERVICE_UNAVAILABLE', status: 503 });

    await suite.startService('catalog');
    const up = await suite.get('/api/v1/divisions/330102');
    expect(up.status).toBe(200);
  });
});
