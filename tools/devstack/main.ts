// `npm start`: finds or starts PostgreSQL and NATS, starts the five apps and the sample department
// systems as child processes, waits until the gateway reports every service healthy and prints
// where everything is.
// Ctrl-C (or SIGTERM) stops what it started, apps first. See docs/adr/0005-npm-start.md.
import { DependencyError, isPortFree, startEmbeddedRealm } from '@gov/local-infra';
import { join } from 'node:path';
import { banner } from './banner';
import { demoSeedSetting } from './demo-staff';
import { findDependencies } from './find-dependencies';
import { ServiceProcesses } from './service-processes';
import { readSettings, SERVICES, type AppName, type DevstackSettings } from './settings';
import { Shutdown } from './shutdown';
import { waitForSuite } from './wait-for-suite';

const say = (line: string) => process.stdout.write(`[devstack] ${line}\n`);
const shutdown = new Shutdown(say);
let exiting = false;

async function main(): Promise<void> {
  const started = Date.now();
  const settings = readSettings(process.env);
  await assertPortsFree(settings);
  const { postgres, nats } = await findDependencies(settings, say, shutdown);
  say(`starting the embedded identity realm on port ${settings.realmPort}`);
  const realm = await startEmbeddedRealm({
    port: settings.realmPort,
    keyFile: join(settings.dataDir, 'realm', 'signing-key.json'),
  });
  shutdown.add('the identity realm', () => realm.stop());

  let crashed: (reason: Error) => void = () => undefined;
  const crash = new Promise<never>((_, reject) => (crashed = reject));
  let ready = false;
  const apps = new ServiceProcesses(settings.repoRoot, (name, code, signal) => {
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    if (!ready) return crashed(new DependencyError(`${name} ${how} while starting (see above).`));
    say(`${name} ${how}; stopping the suite`);
    void exit(1);
  });
  shutdown.add('the apps', () => apps.stopAll());

  const common = {
    ...process.env,
    DATABASE_URL: postgres.databaseUrl,
    NATS_URL: nats.url,
    LOG_LEVEL: settings.logLevel,
    OIDC_ISSUER: realm.issuer,
  };
  const demoSeed = await demoSeedSetting(settings.repoRoot, realm.issuer);
  for (const name of ['gateway', ...SERVICES] as const) {
    const pid = apps.start(name, appEnv(name, common, settings, demoSeed));
    say(`started ${name} (pid ${pid})`);
  }
  const departments = apps.start('department-system', common);
  say(`started the sample department systems (pid ${departments})`);

  const gatewayUrl = `http://${settings.gatewayHost}:${settings.gatewayPort}`;
  const waiting = new AbortController();
  await Promise.race([waitForSuite(gatewayUrl, say, waiting.signal), crash]).finally(() =>
    waiting.abort(),
  );
  ready = true;
  process.stdout.write(`${banner(settings, postgres, nats, realm.issuer, Date.now() - started)}\n`);
}

function appEnv(
  name: AppName,
  common: NodeJS.ProcessEnv,
  settings: DevstackSettings,
  demoSeed: string,
): NodeJS.ProcessEnv {
  const env = { ...common };
  delete env['PORT'];
  delete env['HOST'];
  delete env['HEALTH_PORT'];
  if (name === 'gateway') {
    env['PORT'] = String(settings.gatewayPort);
    env['HOST'] = settings.gatewayHost;
    env['HEALTH_PORT'] = String(settings.healthPorts.gateway);
  } else {
    env['HEALTH_PORT'] = String(settings.healthPorts[name]);
  }
  if (name === 'cases') env['CASES_DEMO_SEED'] ??= demoSeed;
  return env;
}

async function assertPortsFree(settings: DevstackSettings): Promise<void> {
  const { gatewayHost: host, gatewayPort } = settings;
  if (!(await isPortFree(gatewayPort, host))) {
    throw new DependencyError(
      `Port ${gatewayPort} on ${host} is taken (another npm start?). Stop what listens there, ` +
        `or choose another port for the gateway: PORT=${gatewayPort + 100} npm start`,
    );
  }
  if (!(await isPortFree(settings.realmPort, host))) {
    throw new DependencyError(
      `Port ${settings.realmPort} on ${host} (the identity realm) is taken (another npm start, or ` +
        `a Keycloak?). Stop what listens there, or move the realm: GOV_REALM_PORT=8180 npm start`,
    );
  }
  for (const [name, port] of Object.entries(settings.healthPorts)) {
    if (await isPortFree(port, host)) continue;
    throw new DependencyError(
      `Port ${port} on ${host} (the HEALTH_PORT of ${name}) is taken (another npm start?). ` +
        'Stop what listens there, or move the health ports: GOV_HEALTH_PORT_BASE=9200 npm start',
    );
  }
}

/** Stops what we started, in order, and exits; a second signal meanwhile changes nothing. */
async function exit(code: number): Promise<void> {
  if (exiting) return;
  exiting = true;
  await shutdown.run();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!exiting) say(`${signal}: stopping`);
    void exit(0);
  });
}

main().catch((error: unknown) => {
  if (exiting) return;
  const message =
    error instanceof DependencyError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  process.stderr.write(`[devstack] cannot start the suite: ${message}\n`);
  void exit(1);
});
