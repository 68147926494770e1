import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { ThresholdPolicy, type ThresholdRule } from './threshold-policy';

/** How long a loaded set of thresholds is used before it is read again. */
export const THRESHOLD_CACHE_TTL_MS = 30_000;

/**
 * The yellow thresholds set per division or item, kept in memory: every transition needs one, and
 * the table holds a few rows per centre, so all of them are read at most once per 30 s and a warm
 * transition costs no round trip. The instance that changes a threshold drops its copy at once;
 * other instances see it within the TTL, and the refresh sweep the change triggers reads afresh.
 * The age is measured on the monotonic clock: it is cache bookkeeping, not business time.
 */
@Injectable()
export class WarningThresholds {
  private loaded: { readonly policy: ThresholdPolicy; readonly at: number } | null = null;
  private loading: Promise<ThresholdPolicy> | null = null;

  constructor(private readonly orm: MikroORM) {}

  /** The policy in force; `fresh` reads the table even when the copy is young. */
  policy(options: { fresh?: boolean } = {}): Promise<ThresholdPolicy> {
    const young =
      this.loaded !== null && performance.now() - this.loaded.at < THRESHOLD_CACHE_TTL_MS;
    if (this.loaded !== null && young && options.fresh !== true) {
      return Promise.resolve(this.loaded.policy);
    }
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /** Forgets the copy (after a change made here). */
  invalidate(): void {
    this.loaded = null;
  }

  private async load(): Promise<ThresholdPolicy> {
    const startedAt = performance.now();
    const rows = await this.orm.em
      .fork()
      .execute<{ division_prefix: string; item_code: string; yellow_days: number }[]>(
        `select division_prefix, item_code, yellow_days from cases.warning_threshold`,
      );
    const rules: ThresholdRule[] = rows.map((row) => ({
      divisionPrefix: row.division_prefix,
      itemCode: row.item_code === '' ? null : row.item_code,
      yellowDays: Number(row.yellow_days),
    }));
    const policy = new ThresholdPolicy(rules);
    this.loaded = { policy, at: startedAt };
    return policy;
  }
}
