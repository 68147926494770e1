import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { type ProcessName } from './settings';

/** How long an app may take to close after SIGTERM before it gets SIGKILL. */
const STOP_GRACE_MS = 10_000;

export type ExitListener = (name: ProcessName, code: number | null, signal: string | null) => void;

/**
 * The apps as child processes, each `apps/<name>/src/main.ts` compiled on the fly by swc-node
 * with workspace libraries resolved to their source (and the sample department systems the same
 * way, from `tools/department-system/main.ts`) — or, `compiled`, each app's `dist/main.js` as
 * `npm run build` wrote it, with the libraries' `dist/` (how production runs; the bench uses it),
 * with `nodeArgs` before the script (the bench's --cpu-prof).
 * Each gets an IPC channel: when we die, even by kill -9, the channel disconnects and the app
 * closes itself (see runMain).
 */
export class ServiceProcesses {
  private readonly children = new Map<ProcessName, ChildProcess>();
  private stopping = false;

  constructor(
    private readonly repoRoot: string,
    private readonly onExit: ExitListener,
    private readonly how: { readonly compiled?: boolean; readonly nodeArgs?: string[] } = {},
  ) {}

  start(name: ProcessName, env: NodeJS.ProcessEnv): number | undefined {
    const child = spawn(
      process.execPath,
      [
        ...(this.how.nodeArgs ?? []),
        ...(this.how.compiled && name !== 'department-system'
          ? [join('apps', name, 'dist', 'main.js')]
          : fromSource(name)),
      ],
      {
        cwd: this.repoRoot,
        env,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        // Own process group: a Ctrl-C in the terminal reaches only us, and we stop the apps.
        detached: true,
      },
    );
    this.children.set(name, child);
    child.once('exit', (code, signal) => {
      this.children.delete(name);
      if (!this.stopping) this.onExit(name, code, signal);
    });
    return child.pid;
  }

  /** SIGTERM to every process, then SIGKILL to those still running after ten seconds. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.children.values()].map((child) => stop(child)));
  }
}

function fromSource(name: ProcessName): string[] {
  const main =
    name === 'department-system'
      ? join('tools', name, 'main.ts')
      : join('apps', name, 'src', 'main.ts');
  return ['--conditions=@gov/source', '-r', '@swc-node/register', main];
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
