import { Suite } from './suite';

describe('GET /health', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases', 'disclosure', 'notifications']);
  });
  afterAll(() => suite.stop());

  it('is 200 when NATS and every service are up, with their databases checked', async () => {
    const response = await suite.get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'up',
      nats: 'up',
      services: {
        catalog: { service: 'catalog', status: 'up', checks: { database: 'up' } },
        cases: { service: 'cases', status: 'up', checks: {} },
        disclosure: { service: 'disclosure', status: 'up', checks: {} },
        notifications: { service: 'notifications', status: 'up', checks: { database: 'up' } },
      },
    });
  });

  it('is 503 and names the service that is down', async () => {
    await suite.stopService('disclosure');
    const response = await suite.get('/health');
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({
      status: 'down',
      services: {
        catalog: { status: 'up' },
        disclosure: { status: 'down', error: 'PLATFORM.SERVICE_UNAVAILABLE' },
      },
    });
  });
});
