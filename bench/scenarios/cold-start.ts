import { freePort, isPortFree } from '@gov/local-infra';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { type BenchRow } from '../support/report';
import { type Scenario } from '../support/scenario';
import { timingOf } from '../support/timing';

const RUNS = 3;
const READY_TIMEOUT_MS = 180_000;
/** The devstack stops apps then realm, each step up to 20 s, before it exits by itself. */
const STOP_GRACE_MS = 45_000;
const TAIL_LINES = 50;
/** The banner's line, printed once the gateway reports every service healthy (banner.ts). */
const READY_MARKER = 'The suite is up (';

export interface ColdStartBenchOptions {
  readonly repoRoot: string;
  readonly natsUrl: string;
  /** Creates a fresh empty database and answers its URL; the caller drops it later. */
  newDatabase(label: string): Promise<string>;
}

/** What `npm start` keeps between runs: its data directory (the realm's key) and its database. */
interface SuiteData {
  readonly dataDir: string;
  readonly databaseUrl: string;
}

/**
 * Scenario 7: the time from spawning `npm start` until its banner says the suite is up, three
 * times with a new data directory and an empty database (migrations, seed data and the realm's
 * key from scratch), then three restarts on the data directory and database of the first of them.
 */
export async function coldStartBench(options: ColdStartBenchOptions): Promise<BenchRow[]> {
  const dataDirs: string[] = [];
  const newSuite = async (run: number): Promise<SuiteData> => {
    const dataDir = await mkdtemp(join(tmpdir(), 'gov-cold-start-'));
    dataDirs.push(dataDir);
    return { dataDir, databaseUrl: await options.newDatabase(`cold_start_${run}`) };
  };
  try {
    // The first fresh run also prepares the data directory and database the restarts reuse.
    const kept = await newSuite(1);
    const fresh = [await timeStart(options, kept)];
    for (let run = 2; run <= RUNS; run += 1) {
      fresh.push(await timeStart(options, await newSuite(run)));
    }
    const restarts: number[] = [];
    for (let run = 1; run <= RUNS; run += 1) restarts.push(await timeStart(options, kept));
    const row = (measurement: string, samples: number[]): BenchRow => ({
      scenario: 'cold start',
      measurement,
      timing: timingOf(samples),
      note: `runs: ${samples.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')}`,
    });
    return [
      row('npm start to ready, fresh .data/ and empty database', fresh),
      row('npm start to ready, existing .data/ and database', restarts),
    ];
  } finally {
    await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

/** For the runner: on no baseline, and without the bench's suite (it starts its own). */
export const coldStartScenario: Scenario = {
  baselines: [],
  usesSuite: false,
  run: (context) => coldStartBench(context),
};

/** Runs `npm start` until ready and answers how long that took (ms); always stops it after. */
async function timeStart(
  options: ColdStartBenchOptions,
  { dataDir, databaseUrl }: SuiteData,
): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(await suitePorts()),
    DATABASE_URL: databaseUrl,
    NATS_URL: options.natsUrl,
    LOG_LEVEL: 'warn',
    GOV_DATA_DIR: dataDir,
  };
  // `npm run bench` sets NODE_ENV=production, under which the apps refuse the development keys.
  delete env['NODE_ENV'];
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--conditions=@gov/source', '-r', '@swc-node/register', 'tools/devstack/main.ts'],
    // Detached: its own process group, so that one signal reaches it and the realm it starts.
    { cwd: options.repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  // The apps inherit our pipes: 'close' comes once the devstack and every app are gone.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const tail: string[] = [];
  const appPids: number[] = [];
  try {
    return await new Promise<number>((resolve, reject) => {
      const fail = (why: string) =>
        reject(new Error(`npm start ${why}; its last lines:\n${tail.join('\n')}`));
      const timer = setTimeout(
        () => fail(`was not ready within ${READY_TIMEOUT_MS / 1000} s`),
        READY_TIMEOUT_MS,
      );
      child.once('error', (error) => fail(`could not run: ${error.message}`));
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        fail(`exited (${signal ?? `code ${code}`}) before ready`);
      });
      for (const input of [child.stdout, child.stderr]) {
        createInterface({ input }).on('line', (line) => {
          const elapsed = performance.now() - started;
          tail.push(`+${(elapsed / 1000).toFixed(1)} s ${line}`);
          if (tail.length > TAIL_LINES) tail.shift();
          const pid = /^\[devstack\] started .*\(pid (\d+)\)$/.exec(line)?.[1];
          if (pid) appPids.push(Number(pid));
          if (line.includes(READY_MARKER)) {
            clearTimeout(timer);
            resolve(elapsed);
          }
        });
      }
    });
  } finally {
    await stop(child, closed, appPids);
  }
}

/** SIGTERM (the devstack stops its apps), then SIGKILL to every process group it made. */
async function stop(child: ChildProcess, closed: Promise<void>, appPids: number[]): Promise<void> {
  const within = (ms: number) =>
    Promise.race([closed.then(() => true), delay(ms, false, { ref: false })]);
  signalGroup(child.pid, 'SIGTERM');
  if (await within(STOP_GRACE_MS)) return;
  // Each app is detached into a group of its own by the devstack, so it needs its own signal.
  for (const pid of [child.pid, ...appPids]) signalGroup(pid, 'SIGKILL');
  await within(5_000);
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  try {
    if (pid !== undefined) process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** Free ports for the gateway and the realm, and a base with base..base+4 free for health. */
async function suitePorts(): Promise<Record<string, string>> {
  const gateway = await freePort();
  let realm = await freePort();
  while (realm === gateway) realm = await freePort();
  for (;;) {
    const base = await freePort();
    const range = [0, 1, 2, 3, 4].map((offset) => base + offset);
    if (range.some((port) => port > 65535 || port === gateway || port === realm)) continue;
    if ((await Promise.all(range.map((port) => isPortFree(port)))).every(Boolean)) {
      return {
        PORT: String(gateway),
        GOV_REALM_PORT: String(realm),
        GOV_HEALTH_PORT_BASE: String(base),
      };
    }
  }
}
