import { type PeriodicTask, schedulePeriodic } from '@gov/persistence';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AuditAnchoring } from './audit/audit-anchoring';
import { DeadlineRefreshSweep } from './deadlines/deadline-refresh.sweep';
import { DeemedAcceptanceSweep } from './deadlines/deemed-acceptance.sweep';
import { EfficiencyRollup } from '../supervision/efficiency/efficiency-rollup';
import { DeadlineWatch } from '../supervision/warnings/deadline-watch';

/**
 * The intervals of the periodic work (CASE_SWEEP_INTERVAL_MS, AUDIT_ANCHOR_INTERVAL_MS,
 * STATISTICS_ROLLUP_INTERVAL_MS).
 */
export interface CaseScheduleIntervals {
  readonly sweepMs: number;
  readonly anchorMs: number;
  readonly rollupMs: number;
}
export const CASE_SCHEDULE_INTERVALS = Symbol('CASE_SCHEDULE_INTERVALS');

/**
 * The periodic work of the cases service: deadlines recomputed after calendar changes, then
 * deemed acceptances (on the fresh deadlines), then the deadline watch's warnings (on the
 * acceptances just made); the audit chain's anchoring; the efficiency statistics' daily
 * roll-up. Every instance
 * runs it; the database decides.
 */
@Injectable()
export class CaseSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CaseSchedules');
  private tasks: PeriodicTask[] = [];

  constructor(
    @Inject(CASE_SCHEDULE_INTERVALS) private readonly intervals: CaseScheduleIntervals,
    private readonly refresh: DeadlineRefreshSweep,
    private readonly deemed: DeemedAcceptanceSweep,
    private readonly anchoring: AuditAnchoring,
    private readonly watch: DeadlineWatch,
    private readonly rollup: EfficiencyRollup,
  ) {}

  onApplicationBootstrap(): void {
    const sweep = schedulePeriodic({
      intervalMs: this.intervals.sweepMs,
      runOnce: async () => {
        const recomputed = await this.refresh.runOnce();
        const accepted = await this.deemed.runOnce();
        const warned = await this.watch.runOnce();
        if (recomputed + accepted + warned > 0) {
          this.logger.log(
            `Deadlines swept: ${recomputed} recomputed after calendar changes, ${accepted} deemed accepted, ${warned} warnings raised`,
          );
        }
      },
      onError: (error) => this.logger.error(`Deadline sweep failed: ${messageOf(error)}`),
    });
    const anchor = schedulePeriodic({
      intervalMs: this.intervals.anchorMs,
      runOnce: () => this.anchoring.anchorOnce(),
      onError: (error) => this.logger.error(`Audit anchoring failed: ${messageOf(error)}`),
    });
    const rollup = schedulePeriodic({
      intervalMs: this.intervals.rollupMs,
      runOnce: async () => {
        const days = await this.rollup.runOnce();
        if (days > 0) this.logger.log(`Efficiency statistics: ${days} days rolled up`);
      },
      onError: (error) => this.logger.error(`Efficiency roll-up failed: ${messageOf(error)}`),
    });
    this.tasks = [sweep, anchor, rollup];
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.tasks.map((task) => task.stop()));
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
