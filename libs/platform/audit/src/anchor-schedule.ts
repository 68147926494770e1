/** A running periodic anchoring; `stop` waits for a run in progress. */
export interface AnchorSchedule {
  stop(): Promise<void>;
}

export interface AnchorScheduleOptions {
  readonly intervalMs: number;
  /**
   * One anchoring, as the service does it: typically a transaction that calls
   * `trail.anchor(em, { onlyIfMoved: true })` and records the anchor's event in the outbox.
   */
  readonly anchorOnce: () => Promise<unknown>;
  /** Told of a failed run; the schedule goes on. */
  readonly onError: (error: unknown) => void;
}

/**
 * Anchors every `intervalMs` (the first after one interval). Runs never overlap. Several
 * instances may each run one: with `onlyIfMoved` the chain lock makes the others find the head
 * already anchored.
 */
export function scheduleAnchoring(options: AnchorScheduleOptions): AnchorSchedule {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = options
      .anchorOnce()
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
