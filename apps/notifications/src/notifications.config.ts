import {
  eventStreamFragment,
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
} as const;

export type NotificationsConfig = ReturnType<typeof loadNotificationsConfig>;

export function loadNotificationsConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(notificationsConfigFragment, env);
}
