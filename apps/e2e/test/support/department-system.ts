import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '../../../..');

/**
 * The sample department system (tools/department-system) as its own process on the suite's NATS,
 * as `npm start` runs it: the verification requests of the suite reach it over the wire.
 */
export class DepartmentSystemProcess {
  private output = '';

  private constructor(private readonly child: ChildProcess) {
    const collect = (chunk: Buffer) => (this.output += chunk.toString('utf8'));
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
  }

  static async start(natsUrl: string): Promise<DepartmentSystemProcess> {
    const child = spawn(
      process.execPath,
      ['--conditions=@gov/source', '-r', '@swc-node/register', 'tools/department-system/main.ts'],
      { cwd: REPO_ROOT, env: { ...process.env, NATS_URL: natsUrl }, stdio: 'pipe' },
    );
    const system = new DepartmentSystemProcess(child);
    await system.waitFor(/department-system: answering .*certificate-verify\.v1/);
    return system;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill('SIGTERM');
    await exited;
  }

  private async waitFor(pattern: RegExp): Promise<void> {
    const deadline = Date.now() + 50_000;
    while (!pattern.test(this.output)) {
      if (this.child.exitCode !== null) {
        throw new Error(`the department system exited:\n${this.output}`);
      }
      if (Date.now() > deadline)
        throw new Error(`no ${pattern} from the department system:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
