import { type PeriodicTask, schedulePeriodic } from '@gov/persistence';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DeadlineRefreshSweep } from './deadline-refresh.sweep';
import { DeemedAcceptanceSweep } from './deemed-acceptance.sweep';

/** Injection token of the sweep interval (CASE_SWEEP_INTERVAL_MS). */
export const CASE_SWEEP_INTERVAL_MS = Symbol('CASE_SWEEP_INTERVAL_MS');

/**
 * The periodic work of the cases service: deadlines recomputed after calendar changes, then
 * deemed acceptances (on the fresh deadlines). Every instance runs it; the database decides.
 */
@Injectable()
export class CaseSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CaseSchedules');
  private task: PeriodicTask | undefined;

  constructor(
    @Inject(CASE_SWEEP_INTERVAL_MS) private readonly intervalMs: number,
    private readonly refresh: DeadlineRefreshSweep,
    private readonly deemed: DeemedAcceptanceSweep,
  ) {}

  onApplicationBootstrap(): void {
    this.task = schedulePeriodic({
      intervalMs: this.intervalMs,
      runOnce: async () => {
        const recomputed = await this.refresh.runOnce();
        const accepted = await this.deemed.runOnce();
        if (recomputed + accepted > 0) {
          this.logger.log(
            `Deadlines swept: ${recomputed} recomputed after calendar changes, ${accepted} deemed accepted`,
          );
        }
      },
      onError: (error) =>
        this.logger.error(
          `Deadline sweep failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task?.stop();
  }
}
