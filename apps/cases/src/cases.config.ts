import { auditAnchorFragment } from '@gov/audit';
import {
  eventStreamFragment,
  loadConfig,
  millisecondsVariable,
  natsServiceFragment,
  outboxRelayFragment,
  postgresFragment,
  textVariable,
} from '@gov/config';
import { personalDataFragment } from '@gov/personal-data';
import { efficiencyConfigFragment } from './supervision/efficiency/efficiency.config';
import { rectificationLimitVariable } from './supervision/ratings/rectification-limit';

export const casesConfigFragment = {
  ...postgresFragment,
  ...natsServiceFragment('cases'),
  ...eventStreamFragment,
  ...outboxRelayFragment,
  ...personalDataFragment,
  ...auditAnchorFragment,
  ...efficiencyConfigFragment,
  verificationTimeoutMs: millisecondsVariable('VERIFICATION_TIMEOUT_MS', {
    description:
      'How long a department system has to answer an online verification before it is recorded as timed out',
    defaultValue: '2000',
  }),
  demoSeed: textVariable('CASES_DEMO_SEED', {
    description:
      'Development only (npm start sets it): "<subject of sc-clerk>,<subject of sc-approver>" seeds demonstration cases received days ago, once per database; empty seeds nothing',
    defaultValue: '',
  }),
  caseSweepIntervalMs: millisecondsVariable('CASE_SWEEP_INTERVAL_MS', {
    description:
      'How often due deadlines are looked for: deemed acceptances, deadlines after a calendar change',
    defaultValue: '30000',
  }),
  /** 好差评: working days to rectify a bad review (RECTIFICATION_LIMIT_DAYS, default 15). */
  rectificationLimitDays: rectificationLimitVariable,
} as const;

export type CasesConfig = ReturnType<typeof loadCasesConfig>;

export function loadCasesConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(casesConfigFragment, env);
}
