import { userToken } from '@gov/testing';
import { Suite } from './support/suite';

// An hour-long window: a budget of 5 refills one request per 12 minutes, so nothing comes back
// while a test runs and every count below is exact.
const HOUR_MS = '3600000';
const GOV_WEB = 'http://localhost:5173';

const bearer = async (username: string) => `Bearer ${await userToken(username)}`;

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('content-security-policy')).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  );
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  // Not configured: plain http in development must not pin browsers to https.
  expect(response.headers.get('strict-transport-security')).toBeNull();
}

describe('HTTP conventions at the gateway', () => {
  let suite: Suite;
  const call = (path: string, init: RequestInit = {}) => fetch(`${suite.baseUrl}${path}`, init);

  beforeAll(async () => {
    suite = await Suite.start([], {
      env: {
        GATEWAY_RATE_LIMIT_PER_PRINCIPAL: '5',
        GATEWAY_RATE_LIMIT_WINDOW_MS: HOUR_MS,
        GATEWAY_BODY_LIMIT_BYTES: '4096',
      },
    });
  });
  afterAll(() => suite.stop());

  describe('security headers', () => {
    it('sends them on a successful answer, with the tighter of the two rate limits', async () => {
      const response = await call('/api/v1/me', {
        headers: { authorization: await bearer('zj-ops') },
      });
      expect(response.status).toBe(200);
      expectSecurityHeaders(response);
      // The caller's own budget (5) is closer to running out than the address's (600).
      expect(response.headers.get('ratelimit-limit')).toBe('5');
      expect(response.headers.get('ratelimit-remaining')).toBe('4');
      expect(Number(response.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    });

    it('sends them on a problem document too', async () => {
      const response = await call('/api/v1/no-such-route');
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expectSecurityHeaders(response);
      expect(response.headers.get('ratelimit-limit')).toBe('600');
    });

    it('loosens the Content-Security-Policy for the API documentation only', async () => {
      const response = await call('/api/docs');
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toBe("default-src 'none'; frame-ancestors 'none'");
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      call('/api/v1/departments', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type,idempotency-key',
        },
      });

    it('answers a preflight from gov-web with what it may send', async () => {
      const response = await preflight(GOV_WEB);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(GOV_WEB);
      expect(response.headers.get('access-control-allow-methods')).toBe(
        'GET, POST, PATCH, PUT, DELETE',
      );
      expect(response.headers.get('access-control-allow-headers')).toBe(
        'authorization, content-type, idempotency-key, traceparent',
      );
      expect(response.headers.get('access-control-max-age')).toBe('600');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('vary')).toMatch(/origin/i);
    });

    it('gives any other origin no CORS header, so the browser blocks it', async () => {
      const response = await preflight('https://evil.example');
      const cors = [...response.headers.keys()].filter((name) =>
        name.startsWith('access-control-'),
      );
      expect(cors).toEqual([]);
    });

    it('lets gov-web read Location, Retry-After and the rate-limit headers', async () => {
      const response = await call('/api/v1/me', { headers: { origin: GOV_WEB } });
      expect(response.status).toBe(401);
      expect(response.headers.get('access-control-allow-origin')).toBe(GOV_WEB);
      expect(response.headers.get('access-control-expose-headers')).toBe(
        'location, retry-after, ratelimit-limit, ratelimit-remaining, ratelimit-reset',
      );
    });
  });

  describe('request size', () => {
    const post = (body: string) =>
      call('/api/v1/departments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });

    it('answers a body over the limit with 413 problem+json naming the limit', async () => {
      const response = await post(JSON.stringify({ name: 'x'.repeat(5_000) }));
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expectSecurityHeaders(response);
      expect(await response.json()).toMatchObject({
        status: 413,
        code: 'PLATFORM.PAYLOAD_TOO_LARGE',
        type: 'urn:gov:error:PLATFORM.PAYLOAD_TOO_LARGE',
        instance: '/api/v1/departments',
        details: { limitBytes: 4096 },
      });
    });

    it('reads a body within the limit (and goes on to ask for a token)', async () => {
      const response = await post(JSON.stringify({ name: 'x'.repeat(3_000) }));
      expect(response.status).toBe(401);
    });
  });

  describe('per-principal rate limit', () => {
    const me = (authorization: string) => call('/api/v1/me', { headers: { authorization } });

    it('refuses the sixth request of one user in the window while another user still passes', async () => {
      const zhang = await bearer('citizen-zhang');
      for (let i = 0; i < 5; i++) expect((await me(zhang)).status).toBe(200);

      const refused = await me(zhang);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      // One request comes back every 3600 s / 5 = 720 s.
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(700);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(720);
      expect(refused.headers.get('ratelimit-remaining')).toBe('0');
      expectSecurityHeaders(refused);
      expect(await refused.json()).toMatchObject({
        status: 429,
        code: 'PLATFORM.RATE_LIMITED',
        details: { limitedBy: 'principal', limit: 5, windowSeconds: 3600 },
      });

      expect((await me(await bearer('citizen-li'))).status).toBe(200);
    });

    it("spends nobody's budget on a token that fails verification", async () => {
      const clerk = await bearer('sc-clerk');
      const [header, payload] = clerk.slice('Bearer '.length).split('.');
      const forged = `Bearer ${header}.${payload}.${Buffer.from('forged').toString('base64url')}`;
      for (let i = 0; i < 6; i++) expect((await me(forged)).status).toBe(401);

      const response = await me(clerk);
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-remaining')).toBe('4');
    });
  });
});

describe('per-IP rate limit at the gateway (behind a trusted proxy)', () => {
  let suite: Suite;
  const from = (address: string, path = '/api/v1/me') =>
    fetch(`${suite.baseUrl}${path}`, { headers: { 'x-forwarded-for': address } });

  beforeAll(async () => {
    suite = await Suite.start([], {
      env: {
        GATEWAY_RATE_LIMIT_PER_IP: '3',
        GATEWAY_RATE_LIMIT_WINDOW_MS: HOUR_MS,
        // The test client plays the load balancer: the gateway believes its X-Forwarded-For.
        GATEWAY_TRUST_PROXY: '127.0.0.1',
      },
    });
  });
  afterAll(() => suite.stop());

  it('refuses the fourth request from one address while another address still passes', async () => {
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await from('203.0.113.7');
      expect(response.status).toBe(401);
      remaining.push(response.headers.get('ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const refused = await from('203.0.113.7');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(1_100);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(1_200);
    expect(refused.headers.get('ratelimit-limit')).toBe('3');
    expectSecurityHeaders(refused);
    expect(await refused.json()).toMatchObject({
      status: 429,
      code: 'PLATFORM.RATE_LIMITED',
      instance: '/api/v1/me',
      details: { limitedBy: 'ip', limit: 3, windowSeconds: 3600 },
    });

    expect((await from('203.0.113.8')).status).toBe(401);
  });

  it('lets a browser script read a refusal: the 429 carries the CORS headers', async () => {
    for (let i = 0; i < 3; i++) await from('203.0.113.9');
    const refused = await fetch(`${suite.baseUrl}/api/v1/me`, {
      headers: { 'x-forwarded-for': '203.0.113.9', origin: GOV_WEB },
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('access-control-allow-origin')).toBe(GOV_WEB);
    expect(refused.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  it('never limits /health, which load balancers probe all the time', async () => {
    for (let i = 0; i < 4; i++) await from('198.51.100.1');
    const health = await from('198.51.100.1', '/health');
    expect(health.status).not.toBe(429);
    expect(health.headers.get('ratelimit-limit')).toBeNull();
  });

  it('counts one IPv6 /64 as one client', async () => {
    for (const host of ['a', 'b', 'c']) {
      expect((await from(`2001:db8:1:2::${host}`)).status).toBe(401);
    }
    expect((await from('2001:db8:1:2::d')).status).toBe(429);
    expect((await from('2001:db8:1:3::a')).status).toBe(401);
  });
});
