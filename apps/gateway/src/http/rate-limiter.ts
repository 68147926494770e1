/** How many requests one key may make per window: `limit` at once, refilled evenly over the window. */
export interface RateLimitPolicy {
  readonly limit: number;
  readonly windowMs: number;
}

/** The answer for one request: whether it may pass and what the rate-limit headers say. */
export interface RateLimitDecision {
  readonly allowed: boolean;
  readonly limit: number;
  /** Whole requests left right now. */
  readonly remaining: number;
  /** Seconds until the budget is full again (`RateLimit-Reset`). */
  readonly resetSeconds: number;
  /** Seconds until the next request may pass (`Retry-After`); 0 when this one passed. */
  readonly retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Keys the limiter remembers at most, by default. At ~200 bytes a key that is ~10 MB; a county
 * hall sees a few hundred clients. Past it the least recently seen key is forgotten, which can only
 * give that key a fresh budget — never take one from anybody else.
 */
export const DEFAULT_MAX_KEYS = 50_000;

/**
 * A token bucket per key, in memory (so per gateway instance): a key may spend `limit` requests at
 * once and gets them back evenly over `windowMs`. A refused request spends nothing, so retrying
 * early never pushes the wait further out. The clock is injectable (monotonic by default, so a
 * wall-clock step neither grants nor withholds budget), and memory is bounded by `maxKeys`.
 */
export class RateLimiter {
  /** In least-recently-used order: a key is re-inserted on every use, the oldest is evicted. */
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(
    readonly policy: RateLimitPolicy,
    options: { readonly now?: () => number; readonly maxKeys?: number } = {},
  ) {
    if (!Number.isInteger(policy.limit) || policy.limit < 1) {
      throw new Error(`rate limit must be a positive whole number, got ${policy.limit}`);
    }
    if (!(policy.windowMs > 0)) throw new Error(`window must be positive, got ${policy.windowMs}`);
    this.now = options.now ?? (() => performance.now());
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  }

  /** Keys currently remembered (never more than `maxKeys`). */
  get size(): number {
    return this.buckets.size;
  }

  /** Spends one request of `key`'s budget if there is one. */
  take(key: string): RateLimitDecision {
    const { limit, windowMs } = this.policy;
    const now = this.now();
    const bucket = this.buckets.get(key);
    let tokens = limit;
    if (bucket) {
      const elapsed = Math.max(0, now - bucket.updatedAt);
      tokens = Math.min(limit, bucket.tokens + (elapsed * limit) / windowMs);
      this.buckets.delete(key);
    } else if (this.buckets.size >= this.maxKeys) {
      const oldest = this.buckets.keys().next();
      if (!oldest.done) this.buckets.delete(oldest.value);
    }
    const allowed = tokens >= 1;
    if (allowed) tokens -= 1;
    this.buckets.set(key, { tokens, updatedAt: now });
    const msPerToken = windowMs / limit;
    return {
      allowed,
      limit,
      remaining: Math.floor(tokens),
      resetSeconds: Math.ceil(((limit - tokens) * msPerToken) / 1000),
      retryAfterSeconds: allowed ? 0 : Math.ceil(((1 - tokens) * msPerToken) / 1000),
    };
  }
}
