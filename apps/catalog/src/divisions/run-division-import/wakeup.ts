/**
 * A sleep another part can cut short; a wake-up while nobody sleeps is kept for the next sleep,
 * so a NOTIFY that arrives during a job is not lost until the next poll.
 */
export class Wakeup {
  private wakeSleeper: (() => void) | undefined;
  private pending = false;

  sleep(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeSleeper = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeSleeper = done;
    });
  }

  wake(): void {
    if (this.wakeSleeper) this.wakeSleeper();
    else this.pending = true;
  }
}
