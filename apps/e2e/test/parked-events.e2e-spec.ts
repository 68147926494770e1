import { Suite } from './support/suite';

describe('parked events through the gateway', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'notifications'], { signedInAs: 'zj-ops' });
  });
  afterAll(() => suite.stop());

  it('lists a service with nothing parked as one empty page', async () => {
    const response = await suite.get('/api/v1/ops/notifications/parked-events');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ items: [], nextCursor: null });
  });

  it('answers 404 naming the services for a service that does not exist', async () => {
    const response = await suite.get('/api/v1/ops/billing/parked-events');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({
      code: 'PLATFORM.ROUTE_NOT_FOUND',
      details: { services: ['catalog', 'cases', 'disclosure', 'notifications'] },
    });
  });

  it('answers 404 when replaying a parked event that does not exist', async () => {
    const response = await suite.send(
      'POST',
      '/api/v1/ops/notifications/parked-events/999999/replay',
    );
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'PLATFORM.PARKED_EVENT_NOT_FOUND' });
  });

  it('answers 400 for a parked event id that is not a number', async () => {
    const response = await suite.send('POST', '/api/v1/ops/catalog/parked-events/abc/replay');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'PLATFORM.VALIDATION_FAILED' });
  });
});
