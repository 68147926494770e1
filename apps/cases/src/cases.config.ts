import { auditAnchorFragment } from '@gov/audit';
import {
  eventStreamFragment,
  loadConfig,
  millisecondsVariable,
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
  verificationTimeoutMs: millisecondsVariable('VERIFICATION_TIMEOUT_MS', {
    description:
      'How long a department system has to answer an online verification before it is recorded as timed out',
    defaultValue: '2000',
  }),
  caseSweepIntervalMs: millisecondsVariable('CASE_SWEEP_INTERVAL_MS', {
    description:
      'How often due deadlines are looked for: deemed acceptances, deadlines after a calendar change',
    defaultValue: '30000',
  }),
} as const;

export type CasesConfig = ReturnType<typeof loadCasesConfig>;

export function loadCasesConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(casesConfigFragment, env);
}
