import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../../../..');

/**
 * An app run as its own process from its TypeScript source, as `npm start` runs it. Used where
 * in-process apps cannot serve: OpenTelemetry's http and pg instrumentation do not hook jest's
 * module loader.
 */
export class AppProcess {
  private readonly child: ChildProcess;
  private output = '';

  constructor(app: string, env: NodeJS.ProcessEnv) {
    this.child = spawn(
      process.execPath,
      [
        '--conditions=@gov/source',
        '-r',
        '@swc-node/register',
        join(repoRoot, 'apps', app, 'src/main.ts'),
      ],
      { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-20_000));
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
  }

  /** What the process printed last (for failure messages). */
  get log(): string {
    return this.output;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const gone = new Promise((resolvePromise) => this.child.once('exit', resolvePromise));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await gone;
    clearTimeout(timer);
  }
}
