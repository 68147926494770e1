import { oneOfVariable } from './variables';

/** Nest's log levels, most severe first. */
const LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LEVELS)[number];

export const loggingFragment = {
  logLevel: oneOfVariable('LOG_LEVEL', LEVELS, {
    description: `Least severe level logged: ${LEVELS.join(', ')}`,
    defaultValue: 'log',
  }),
} as const;
