/** How long one step of the shutdown may take before we go on to the next. */
const STEP_TIMEOUT_MS = 20_000;

/** What we started, stopped in reverse order: the apps, then our NATS, then our PostgreSQL. */
export class Shutdown {
  private readonly steps: { name: string; stop: () => Promise<void> }[] = [];

  constructor(private readonly say: (line: string) => void) {}

  add(name: string, stop: () => Promise<void>): void {
    this.steps.push({ name, stop });
  }

  async run(): Promise<void> {
    for (const step of this.steps.splice(0).reverse()) {
      this.say(`stopping ${step.name}`);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          this.say(`${step.name} did not stop within ${STEP_TIMEOUT_MS / 1000} s; going on`);
          resolve();
        }, STEP_TIMEOUT_MS);
      });
      await Promise.race([
        step.stop().catch((error: unknown) => this.say(`stopping ${step.name}: ${String(error)}`)),
        timeout,
      ]);
      clearTimeout(timer);
    }
  }
}
