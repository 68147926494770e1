import {
  DEFAULT_HEALTH_PORTS,
  eventStreamFragment,
  healthFragment,
  loadConfig,
  loggingFragment,
  natsFragment,
  postgresFragment,
} from '@gov/config';

export const notificationsConfigFragment = {
  ...postgresFragment,
  ...natsFragment,
  ...loggingFragment,
  ...eventStreamFragment,
  ...healthFragment(DEFAULT_HEALTH_PORTS.notifications),
} as const;

export type NotificationsConfig = ReturnType<typeof loadNotificationsConfig>;

export function loadNotificationsConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(notificationsConfigFragment, env);
}
