import {
  eventStreamFragment,
  loadConfig,
  natsServiceFragment,
  postgresFragment,
} from '@gov/config';

export const notificationsConfigFragment = {
  ...postgresFragment,
  ...natsServiceFragment('notifications'),
  ...eventStreamFragment,
} as const;

export type NotificationsConfig = ReturnType<typeof loadNotificationsConfig>;

export function loadNotificationsConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(notificationsConfigFragment, env);
}
