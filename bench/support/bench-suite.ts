import { freePort, startEmbeddedRealm } from '@gov/local-infra';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ServiceProcesses } from '../../tools/devstack/service-processes';
import { SERVICES } from '../../tools/devstack/settings';
import { waitForSuite } from '../../tools/devstack/wait-for-suite';
import { type CpuMeter, cpuMeter } from './cpu-meter';

const run = promisify(execFile);
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** The suite as the bench runs it: compiled, in production mode, on the bench's database. */
export interface BenchSuite {
  readonly gatewayUrl: string;
  readonly issuer: string;
  /** The CPU used by each of its processes and by PostgreSQL. */
  readonly cpu: CpuMeter;
  stop(): Promise<void>;
}

/**
 * How the suite runs under load: a hall's settings, except the gateway's rate limits, which would
 * otherwise answer most of the load with 429 (their bookkeeping still runs on every request), and
 * the sweep, whose daily passes would land in the middle of a measurement.
 */
const BENCH_SETTINGS: NodeJS.ProcessEnv = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  GATEWAY_RATE_LIMIT_PER_IP: '1000000000',
  GATEWAY_RATE_LIMIT_PER_PRINCIPAL: '1000000000',
  CATALOG_SEED_SAMPLE_DATA: 'true',
  CASE_SWEEP_INTERVAL_MS: '86400000',
  AUDIT_ANCHOR_INTERVAL_MS: '86400000',
};

/**
 * Builds the apps (`npm run build`: tsc, incremental) and starts the gateway and the four
 * services from their `dist/` with NODE_ENV=production and warn-level logs (the telemetry
 * exporter stays off unless OTEL_* asks for one), with the embedded realm issuing tokens; resolves
 * once the gateway reports every service healthy. `extraEnv` holds what production must be given
 * (keys) and what a scenario changes.
 */
export async function startBenchSuite(options: {
  readonly repoRoot: string;
  readonly databaseUrl: string;
  readonly natsUrl: string;
  readonly extraEnv?: NodeJS.ProcessEnv;
}): Promise<BenchSuite> {
  say('building the apps (npm run build)');
  await run('npm', ['run', 'build', '--silent'], { cwd: options.repoRoot });
  const realmDir = mkdtempSync(join(tmpdir(), 'gov-bench-realm-'));
  const realm = await startEmbeddedRealm({
    port: await freePort(),
    keyFile: join(realmDir, 'signing-key.json'),
  });
  let failed: ((error: Error) => void) | undefined;
  const crashed = new Promise<never>((_, reject) => (failed = reject));
  // Rejected at a crash; a crash after start shows up as errors in the figures and in this line.
  void crashed.catch(() => undefined);
  const apps = new ServiceProcesses(
    options.repoRoot,
    (name, code, signal) => {
      const error = new Error(
        `${name} stopped (${signal ?? `exit code ${code}`}) during the bench`,
      );
      say(error.message);
      failed?.(error);
    },
    { compiled: true, nodeArgs: profiling(process.env['BENCH_CPU_PROFILE_DIR']) },
  );
  const stop = async () => {
    await apps.stopAll();
    await realm.stop();
    rmSync(realmDir, { recursive: true, force: true });
  };
  try {
    const port = await freePort();
    const common = {
      ...process.env,
      ...BENCH_SETTINGS,
      ...options.extraEnv,
      DATABASE_URL: options.databaseUrl,
      NATS_URL: options.natsUrl,
      OIDC_ISSUER: realm.issuer,
    };
    const pids = new Map<string, number>();
    const start = (...[name, env]: Parameters<typeof apps.start>) => {
      const pid = apps.start(name, env);
      if (pid !== undefined) pids.set(name, pid);
    };
    start('gateway', { ...common, HOST: '127.0.0.1', PORT: String(port), HEALTH_PORT: '0' });
    // The gateway's /health covers the services; their own health ports take any free one.
    for (const name of SERVICES) start(name, { ...common, HEALTH_PORT: '0' });
    const gatewayUrl = `http://127.0.0.1:${port}`;
    const waiting = new AbortController();
    await Promise.race([waitForSuite(gatewayUrl, say, waiting.signal), crashed]).finally(() =>
      waiting.abort(),
    );
    say(`the suite is up at ${gatewayUrl} (compiled, NODE_ENV=production)`);
    return { gatewayUrl, issuer: realm.issuer, cpu: cpuMeter(pids), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Production refuses to start without keys: the bench's are random and die with its database. */
export function throwawayKeys(): NodeJS.ProcessEnv {
  const key = () => randomBytes(32).toString('base64');
  return {
    PERSONAL_DATA_KEYS: `bench:${key()}`,
    PERSONAL_DATA_INDEX_KEY: key(),
    AUDIT_ANCHOR_KEY: key(),
  };
}

/** BENCH_CPU_PROFILE_DIR=<dir>: every app writes a V8 CPU profile there as it stops. */
function profiling(directory: string | undefined): string[] {
  return directory ? ['--cpu-prof', `--cpu-prof-dir=${directory}`] : [];
}
