import { type Variable } from './load-config';

/** Nest's log levels, most severe first. */
const LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LEVELS)[number];

const logLevel: Variable<LogLevel> = {
  name: 'LOG_LEVEL',
  description: `Least severe level logged: ${LEVELS.join(', ')}`,
  defaultValue: 'log',
  parse: (raw) => {
    const level = LEVELS.find((candidate) => candidate === raw);
    if (!level) throw new Error(`expected one of ${LEVELS.join(', ')}`);
    return level;
  },
};

export const loggingFragment = { logLevel } as const;

/** The levels to enable so that `level` and everything more severe is logged. */
export function enabledLogLevels(level: LogLevel): LogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}
