import { schedulePeriodic } from './periodic-task';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a periodic task', () => {
  it('runs every interval, goes on after a failure, and stops after the run in progress', async () => {
    let runs = 0;
    let finished = 0;
    const errors: unknown[] = [];
    const schedule = schedulePeriodic({
      intervalMs: 10,
      runOnce: async () => {
        runs += 1;
        if (runs === 2) throw new Error('database away');
        await tick(5);
        finished += 1;
      },
      onError: (error) => errors.push(error),
    });
    await tick(100);
    await schedule.stop();
    const stoppedAt = runs;
    await tick(40);
    expect(stoppedAt).toBeGreaterThanOrEqual(3);
    expect(runs).toBe(stoppedAt);
    expect(finished).toBe(runs - 1);
    expect(errors).toEqual([new Error('database away')]);
  });

  it('runs nothing when stopped before the first interval', async () => {
    let runs = 0;
    const schedule = schedulePeriodic({
      intervalMs: 20,
      runOnce: () => Promise.resolve((runs += 1)),
      onError: () => undefined,
    });
    await schedule.stop();
    await tick(50);
    expect(runs).toBe(0);
  });
});
