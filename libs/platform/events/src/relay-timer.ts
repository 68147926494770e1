/**
 * A sleep that can be cut short. A wake-up that arrives while nobody sleeps is remembered, so a
 * NOTIFY that lands during a publish batch is not lost until the next poll.
 */
export class RelayTimer {
  private wakeSleeper: (() => void) | undefined;
  private pendingWake = false;

  sleep(ms: number): Promise<void> {
    if (this.pendingWake) {
      this.pendingWake = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timeout);
        this.wakeSleeper = undefined;
        resolve();
      };
      const timeout = setTimeout(done, ms);
      this.wakeSleeper = done;
    });
  }

  wake(): void {
    if (this.wakeSleeper) this.wakeSleeper();
    else this.pendingWake = true;
  }
}
