import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../../..');

/** `npm start`'s command as a child process, with its output collected. */
export class DevstackRun {
  private output = '';
  private readonly exited: Promise<{ code: number | null; signal: string | null }>;

  private constructor(private readonly child: ChildProcess) {
    const collect = (chunk: Buffer) => (this.output += chunk.toString('utf8'));
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.exited = new Promise((resolvePromise) =>
      child.once('exit', (code, signal) => resolvePromise({ code, signal })),
    );
  }

  /** Starts `node --conditions=@gov/source -r @swc-node/register tools/devstack/main.ts`. */
  static start(env: NodeJS.ProcessEnv): DevstackRun {
    const inherited = { ...process.env };
    // This run must find its dependencies itself, whatever the shell running the tests has set.
    for (const name of ['DATABASE_URL', 'NATS_URL', 'PORT', 'HOST', 'HEALTH_PORT']) {
      delete inherited[name];
    }
    const child = spawn(
      process.execPath,
      ['--conditions=@gov/source', '-r', '@swc-node/register', 'tools/devstack/main.ts'],
      { cwd: repoRoot, env: { ...inherited, LOG_LEVEL: 'warn', ...env }, stdio: 'pipe' },
    );
    return new DevstackRun(child);
  }

  get text(): string {
    return this.output;
  }

  /** Resolves with the first match of `pattern` in the output; rejects if the run exits first. */
  async waitFor(pattern: RegExp, timeoutMs = 90_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.output.match(pattern);
      if (match) return match;
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`npm start exited before printing ${pattern}:\n${this.output}`);
      }
      if (Date.now() > deadline)
        throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }

  exit(): Promise<{ code: number | null; signal: string | null }> {
    return this.exited;
  }

  /** For cleanup after a failed test: SIGTERM, then SIGKILL if it lingers. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    await this.exited;
    clearTimeout(timer);
  }
}
