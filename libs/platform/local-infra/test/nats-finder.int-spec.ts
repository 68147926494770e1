import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { DependencyError } from '../src/dependency-error';
import { findNats } from '../src/find-nats';
import { freePort, isPortFree } from '../src/free-port';
import { findNatsServerBinary } from '../src/nats-binary';
import { probeNats } from '../src/nats-probe';
import { ownNatsFiles, type NatsEndpoint } from '../src/own-nats-server';
import { isAlive, readPidFile, terminate } from '../src/processes';
import { waitUntil } from '../src/wait';
import { reachableTempDir } from './temp-dir';

const repoRoot = resolve(__dirname, '../../../..');

// Real nats-server processes; the local candidate points at unused ports so that a NATS on this
// machine's 4222 is never used. Nothing is faked.
describe('finding NATS with JetStream', () => {
  const temp = reachableTempDir('gov-local-infra-nats-');
  const dataDir = join(temp.path, 'nats');
  const cleanups: (() => Promise<unknown>)[] = [];
  let lines: string[] = [];

  const find = async (localUrl: string) => {
    lines = [];
    const nats = await findNats({ localUrl, dataDir, env: {}, log: (line) => lines.push(line) });
    cleanups.push(() => nats.stop());
    return nats;
  };

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    const orphan = readPidFile(ownNatsFiles(dataDir).pid);
    if (orphan !== undefined) await terminate(orphan, 2_000);
    temp.remove();
  });

  it('starts our own nats-server on the local port when nothing answers there', async () => {
    const port = await freePort();
    const nats: NatsEndpoint = await find(`nats://127.0.0.1:${port}`);
    expect(nats).toMatchObject({ source: 'own', owned: true, url: `nats://127.0.0.1:${port}` });
    expect(await probeNats(nats.url)).toEqual({ kind: 'jetstream' });
    expect(isAlive(readPidFile(ownNatsFiles(dataDir).pid)!)).toBe(true);

    const shared = await find(`nats://127.0.0.1:${await freePort()}`);
    expect(shared).toMatchObject({ source: 'own', owned: false, url: nats.url });

    await nats.stop();
    expect(await isPortFree(port)).toBe(true);
  });

  it('stops the nats-server a run killed with -9 left behind', async () => {
    const localUrl = `nats://127.0.0.1:${await freePort()}`;
    const run = await startRun(localUrl, dataDir);
    run.kill('SIGKILL');
    const orphan = readPidFile(ownNatsFiles(dataDir).pid)!;
    await waitUntil('the run to die', () =>
      Promise.resolve(run.exitCode !== null || run.signalCode !== null),
    );
    expect(isAlive(orphan)).toBe(true);

    const nats = await find(localUrl);
    expect(lines[0]).toBe(
      `NATS: stopping the nats-server (pid ${orphan}) an earlier run left behind`,
    );
    expect(isAlive(orphan)).toBe(false);
    expect(nats).toMatchObject({ source: 'own', owned: true, url: localUrl });
    await nats.stop();
  }, 30_000);

  it('goes past a local NATS without JetStream', async () => {
    const port = await freePort();
    const plain = spawn(findNatsServerBinary(), ['-a', '127.0.0.1', '-p', String(port)], {
      stdio: 'ignore',
    });
    cleanups.push(() => terminate(plain.pid!, 2_000));
    const localUrl = `nats://127.0.0.1:${port}`;
    await waitUntil(
      'a NATS without JetStream',
      async () => (await probeNats(localUrl)).kind !== 'unreachable',
    );

    const nats = await find(localUrl);
    expect(lines).toContain(`NATS: ${localUrl} answers but has no JetStream, so it is not usable`);
    expect(nats.source).toBe('own');
    expect(nats.url).not.toBe(localUrl);
    expect(await probeNats(nats.url)).toEqual({ kind: 'jetstream' });
    await nats.stop();

    await expect(findNats({ url: localUrl, env: {} })).rejects.toThrow(
      /configured URL .* has no JetStream.*start that server with -js/,
    );
  });

  describe('when nats-server is not installed', () => {
    const localUrl = 'nats://127.0.0.1:1';

    it('says how to get it', async () => {
      const finding = findNats({
        localUrl,
        dataDir,
        env: { PATH: '/nonexistent' },
        fallbackDirs: [],
        installWithApt: false,
      });
      await expect(finding).rejects.toThrow(DependencyError);
      await expect(finding).rejects.toThrow(
        /nats-server was not found.*apt-get install nats-server.*docs\.nats\.io.*NATS_SERVER_BIN/,
      );
    });

    it('names NATS_SERVER_BIN when it points at nothing, and never installs over it', async () => {
      const finding = findNats({
        localUrl,
        dataDir,
        env: { NATS_SERVER_BIN: '/nonexistent/nats-server', PATH: '/nonexistent' },
        installWithApt: true,
      });
      await expect(finding).rejects.toThrow(
        /NATS_SERVER_BIN is \/nonexistent\/nats-server, which is not an executable file/,
      );
    });
  });
});

/** A process of its own that finds (starts) our nats-server and then idles until killed. */
async function startRun(localUrl: string, dataDir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@gov/source',
      '-r',
      '@swc-node/register',
      join(__dirname, 'fixtures', 'own-nats-process.ts'),
      localUrl,
      dataDir,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [url] = await new Promise<string[]>((resolvePromise, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolvePromise([line]));
    child.once('exit', (code) => reject(new Error(`the run exited with code ${code}`)));
  });
  expect(url).toBe(localUrl);
  return child;
}
