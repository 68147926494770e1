import { HealthHttpServer } from '@gov/telemetry';
import { waitUntil } from '@gov/testing';
import { Suite } from './support/suite';

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
        cases: { service: 'cases', status: 'up', checks: { database: 'up' } },
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

describe('the health port of each service', () => {
  let suite: Suite;
  let base: string;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'notifications']);
    base = `http://127.0.0.1:${suite.service('catalog').get(HealthHttpServer).port}`;
  });
  afterAll(() => suite.stop());

  it('answers live and ready with each dependency checked', async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'up', checks: { nats: 'up', database: 'up' } });
  });

  it('exposes request, outbox and consumer metrics for Prometheus', async () => {
    await suite.get('/api/v1/divisions/330102');
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(
      /gov_nats_requests_total\{subject="gov\.qry\.catalog\.division\.get\.v1",outcome="ok"\} [1-9]/,
    );
    expect(text).toMatch(/gov_nats_request_duration_seconds_bucket/);
    expect(text).toMatch(/gov_outbox_pending_events\{schema="catalog"\} \d+/);
    expect(text).toMatch(
      /gov_consumer_pending_events\{consumer="notifications-catalog-departments"\} \d+/,
    );
  });

  it('counts and times the gateway’s answers by route pattern on the gateway’s own port', async () => {
    await suite.get('/api/v1/divisions/330102');
    await suite.get('/api/v1/divisions/330106');
    const text = await (await fetch(`${suite.gatewayHealthUrl()}/metrics`)).text();
    expect(text).toMatch(
      /gov_http_requests_total\{method="GET",route="\/api\/v1\/divisions\/:code",status="200"\} [2-9]/,
    );
    expect(text).toMatch(
      /gov_http_request_duration_seconds_bucket\{.*route="\/api\/v1\/divisions\/:code"/,
    );
    expect((await suite.get('/metrics')).status).toBe(404);
  });

  it('is not ready while NATS is down, live all the same, and ready again once NATS is back', async () => {
    await suite.nats.pause();
    try {
      expect((await fetch(`${base}/health/ready`)).status).toBe(503);
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
    } finally {
      await suite.nats.start();
    }
    await waitUntil(
      'readiness after NATS returned',
      async () => (await fetch(`${base}/health/ready`)).status === 200,
    );
  });
});
