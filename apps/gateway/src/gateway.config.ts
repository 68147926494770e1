import {
  gatewayHttpFragment,
  loadConfig,
  loggingFragment,
  natsFragment,
  oidcFragment,
} from '@gov/config';

export const gatewayConfigFragment = {
  ...gatewayHttpFragment,
  ...natsFragment,
  ...loggingFragment,
  ...oidcFragment,
} as const;

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(gatewayConfigFragment, env);
}
