import { type ErrorDefinition } from '../errors/error-kind';

/**
 * Errors of the efficiency statistics (效能评估): the period asked for. Codes never change.
 */
export const efficiencyErrors = {
  'STATISTICS.PERIOD_REVERSED': {
    kind: 'validation',
    message: '统计期间的结束日期早于开始日期，请将结束日期改为开始日期当天或之后',
  },
  'STATISTICS.PERIOD_TOO_LONG': {
    kind: 'validation',
    message: '统计期间过长，请缩短期间（例如按月或按季度统计）后重试',
  },
} as const satisfies Record<string, ErrorDefinition>;
