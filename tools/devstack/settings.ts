import { DependencyError, REPO_ROOT, dataDirectory } from '@gov/local-infra';

export const SERVICES = ['catalog', 'cases', 'disclosure', 'notifications'] as const;
export type ServiceName = (typeof SERVICES)[number];
export type AppName = 'gateway' | ServiceName;
/** Every child process of `npm start`: the apps and the sample department systems. */
export type ProcessName = AppName | 'department-system';

/** What `npm start` runs with, read once from the environment. */
export interface DevstackSettings {
  readonly repoRoot: string;
  readonly dataDir: string;
  readonly gatewayHost: string;
  readonly gatewayPort: number;
  readonly logLevel: string;
  /** The embedded identity realm's port (GOV_REALM_PORT, 8080 like Keycloak). */
  readonly realmPort: number;
  /** Each app's HEALTH_PORT: GOV_HEALTH_PORT_BASE (9100) for the gateway, + 1, 2, 3, 4 for the services. */
  readonly healthPorts: Readonly<Record<AppName, number>>;
  readonly env: NodeJS.ProcessEnv;
}

export function readSettings(env: NodeJS.ProcessEnv): DevstackSettings {
  const healthBase = port(env, 'GOV_HEALTH_PORT_BASE', 9100, 65530);
  return {
    repoRoot: REPO_ROOT,
    dataDir: dataDirectory(env),
    gatewayHost: '127.0.0.1',
    gatewayPort: port(env, 'PORT', 3000, 65535),
    logLevel: env['LOG_LEVEL'] || 'log',
    realmPort: port(env, 'GOV_REALM_PORT', 8080, 65535),
    healthPorts: {
      gateway: healthBase,
      catalog: healthBase + 1,
      cases: healthBase + 2,
      disclosure: healthBase + 3,
      notifications: healthBase + 4,
    },
    env,
  };
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new DependencyError(`${name} must be a port number from 1 to ${max}; it is "${raw}".`);
  }
  return value;
}
