import { Suite } from './support/suite';

// Faked: nothing. The cases service is not started — the lookup then answers 503 (nobody answers
// its request), which is still a lookup and still spends the budget. A budget of 3 per 60 s gives
// one lookup back every 20 s, so nothing refills while a test runs.
const lookup = (number: string) => `/api/v1/case-progress/${number}?queryCode=AAAAAAAA`;
const GUESSES = [
  '330102-20200101-00000001',
  '330102-20200101-00000002',
  '330102-20200101-00000003',
];

describe('the per-IP budget of the public progress lookup', () => {
  let suite: Suite;
  const from = (address: string, path: string) =>
    fetch(`${suite.baseUrl}${path}`, { headers: { 'x-forwarded-for': address } });

  /** Spends an address's whole lookup budget, checking the headers count it down. */
  async function spendLookups(address: string): Promise<void> {
    const remaining: (string | null)[] = [];
    for (const number of GUESSES) {
      const response = await from(address, lookup(number));
      expect(response.status).not.toBe(429);
      expect(response.headers.get('ratelimit-limit')).toBe('3');
      remaining.push(response.headers.get('ratelimit-remaining'));
    }
    expect(remaining).toEqual(['2', '1', '0']);
  }

  beforeAll(async () => {
    suite = await Suite.start(['catalog'], {
      env: {
        GATEWAY_PROGRESS_LOOKUP_LIMIT_PER_IP: '3',
        GATEWAY_PROGRESS_LOOKUP_WINDOW_MS: '60000',
        // The test client plays the load balancer, so each test guesses from an address of its own.
        GATEWAY_TRUST_PROXY: '127.0.0.1',
      },
    });
  });
  afterAll(() => suite.stop());

  it('refuses the fourth lookup from one address with 429, Retry-After and the rate-limit problem', async () => {
    await spendLookups('203.0.113.7');

    const path = lookup('330102-20200101-00000004');
    const refused = await from('203.0.113.7', path);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(15);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(20);
    expect(refused.headers.get('ratelimit-limit')).toBe('3');
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(await refused.json()).toMatchObject({
      status: 429,
      code: 'PLATFORM.RATE_LIMITED',
      type: 'urn:gov:error:PLATFORM.RATE_LIMITED',
      instance: path,
      details: { limitedBy: 'ip', limit: 3, windowSeconds: 60 },
    });

    expect((await from('203.0.113.8', lookup('330102-20200101-00000001'))).status).not.toBe(429);
  });

  it('leaves the rest of the API to the general per-IP limit', async () => {
    await spendLookups('203.0.113.9');

    const division = await from('203.0.113.9', '/api/v1/divisions/330000');
    expect(division.status).toBe(200);
    expect(division.headers.get('ratelimit-limit')).toBe('600');
  });

  it('counts a lookup whose path is written with percent-escapes against the same budget', async () => {
    await spendLookups('203.0.113.10');

    const escaped = await from('203.0.113.10', '/api/v1/case%2Dprogress/330102-20200101-00000004');
    expect(escaped.status).toBe(429);
  });

  it('counts one IPv6 /64 as one client', async () => {
    for (const [i, number] of GUESSES.entries()) {
      expect((await from(`2001:db8:1:2::${i + 1}`, lookup(number))).status).not.toBe(429);
    }
    expect((await from('2001:db8:1:2::9', lookup('330102-20200101-00000004'))).status).toBe(429);
    expect((await from('2001:db8:1:3::1', lookup('330102-20200101-00000004'))).status).not.toBe(
      429,
    );
  });
});
