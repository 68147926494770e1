/** A running periodic task; `stop` waits for a run in progress. */
export interface PeriodicTask {
  stop(): Promise<void>;
}

export interface PeriodicTaskOptions {
  readonly intervalMs: number;
  /**
   * One run, e.g. a sweep over due cases or an audit anchoring. A run must be safe when another
   * instance runs the same task at the same time: the database decides, not the timer.
   */
  readonly runOnce: () => Promise<unknown>;
  /** Told of a failed run; the schedule goes on. */
  readonly onError: (error: unknown) => void;
}

/**
 * Runs `runOnce` every `intervalMs` (the first after one interval). Runs never overlap. Nothing is
 * kept in memory between runs, so a restart loses nothing: what is due is read from the database.
 */
export function schedulePeriodic(options: PeriodicTaskOptions): PeriodicTask {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = options
      .runOnce()
      .then(
        () => undefined,
        (error: unknown) => options.onError(error),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs);
      });
  };
  timer = setTimeout(tick, options.intervalMs);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
