import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A process the bench started, with what it printed once ready. */
export interface BenchChild<Ready> {
  readonly ready: Ready;
  stop(): Promise<void>;
}

/**
 * Starts `script` (TypeScript, run from source like the rest of the bench) with `env`, and waits
 * for its first line of JSON on stdout — its "ready" — for at most 30 s.
 */
export function startChild<Ready>(
  script: string,
  env: Record<string, string>,
): Promise<BenchChild<Ready>> {
  const child = spawn(
    process.execPath,
    ['--conditions=@gov/source', '-r', '@swc-node/register', script],
    {
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${script} was not ready within 30 s`));
    }, 30_000);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before ready`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve({ ready: JSON.parse(line) as Ready, stop });
    });
  });
}
