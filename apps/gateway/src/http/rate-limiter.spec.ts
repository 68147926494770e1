import { RateLimiter } from './rate-limiter';

/** A clock the test moves by hand. */
function fakeClock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('RateLimiter', () => {
  const perMinute = (limit: number) => ({ limit, windowMs: 60_000 });

  it('lets a key spend its whole budget at once, then refuses it', () => {
    const limiter = new RateLimiter(perMinute(5), { now: fakeClock().now });
    const remaining = Array.from({ length: 5 }, () => limiter.take('alice'));
    expect(remaining.map((decision) => [decision.allowed, decision.remaining])).toEqual([
      [true, 4],
      [true, 3],
      [true, 2],
      [true, 1],
      [true, 0],
    ]);
    expect(limiter.take('alice')).toMatchObject({ allowed: false, remaining: 0, limit: 5 });
  });

  it('tells a refused caller how many seconds until the next request passes', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(perMinute(5), clock);
    for (let i = 0; i < 5; i++) limiter.take('alice');
    // One request comes back every 12 s.
    expect(limiter.take('alice').retryAfterSeconds).toBe(12);
    clock.advance(4_500);
    expect(limiter.take('alice').retryAfterSeconds).toBe(8);
    clock.advance(7_499);
    expect(limiter.take('alice')).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1);
    expect(limiter.take('alice')).toMatchObject({ allowed: true, retryAfterSeconds: 0 });
  });

  it('does not push the wait further out for requests it refused', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(perMinute(1), clock);
    limiter.take('alice');
    for (let i = 0; i < 100; i++) limiter.take('alice');
    clock.advance(60_000);
    expect(limiter.take('alice').allowed).toBe(true);
  });

  it('refills evenly over the window and never beyond the limit', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(perMinute(6), clock);
    for (let i = 0; i < 6; i++) limiter.take('alice');
    clock.advance(30_000);
    expect(limiter.take('alice')).toMatchObject({ allowed: true, remaining: 2 });
    clock.advance(10 * 60_000);
    expect(limiter.take('alice')).toMatchObject({ allowed: true, remaining: 5 });
  });

  it('says when the budget is full again (RateLimit-Reset)', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(perMinute(600), clock);
    expect(limiter.take('alice').resetSeconds).toBe(1);
    for (let i = 0; i < 299; i++) limiter.take('alice');
    expect(limiter.take('alice').resetSeconds).toBe(31);
  });

  it('keeps a budget per key', () => {
    const limiter = new RateLimiter(perMinute(1), { now: fakeClock().now });
    expect(limiter.take('alice').allowed).toBe(true);
    expect(limiter.take('alice').allowed).toBe(false);
    expect(limiter.take('bob').allowed).toBe(true);
  });

  it('remembers at most maxKeys keys, forgetting the least recently seen first', () => {
    const limiter = new RateLimiter(perMinute(1), { now: fakeClock().now, maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) limiter.take(key);
    limiter.take('a'); // 'a' is now the most recently seen, 'b' the least
    limiter.take('d');
    expect(limiter.size).toBe(3);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('c').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true); // forgotten, so a fresh budget
    for (let i = 0; i < 10_000; i++) limiter.take(`flood-${i}`);
    expect(limiter.size).toBe(3);
  });

  it('refuses a policy that could never admit a request', () => {
    expect(() => new RateLimiter({ limit: 0, windowMs: 60_000 })).toThrow(/positive/);
    expect(() => new RateLimiter({ limit: 1.5, windowMs: 60_000 })).toThrow(/positive/);
    expect(() => new RateLimiter({ limit: 1, windowMs: 0 })).toThrow(/positive/);
  });
});
