import { auditAnchorFragment } from '@gov/audit';
import {
  eventStreamFragment,
  loadConfig,
  natsServiceFragment,
  outboxRelayFragment,
  postgresFragment,
} from '@gov/config';
import { personalDataFragment } from '@gov/personal-data';

export const casesConfigFragment = {
  ...postgresFragment,
  ...natsServiceFragment('cases'),
  ...eventStreamFragment,
  ...outboxRelayFragment,
  ...personalDataFragment,
  ...auditAnchorFragment,
} as const;

export type CasesConfig = ReturnType<typeof loadCasesConfig>;

export function loadCasesConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(casesConfigFragment, env);
}
