import { rolesAccess } from '../schema/access';
import { defineQuery } from '../schema/contract';
import {
  type EfficiencyFigures,
  EfficiencyReportRequestSchema,
  EfficiencyReportSchema,
} from './efficiency.schemas';

const sampleFigures: EfficiencyFigures = {
  received: 120,
  accepted: 112,
  concluded: 100,
  onTime: 96,
  onTimeRate: 0.96,
  early: 58,
  earlyRate: 0.58,
  averageWorkingDays: 2.4,
  p90WorkingDays: 4,
  overdue: 4,
  suspensions: 3,
  extensions: 1,
  rated: 80,
  satisfaction: 4.71,
  badReviews: 2,
  rectified: 1,
  rectificationRate: 0.5,
};

/**
 * Efficiency statistics (效能评估, DOMAIN.md §4) for leaders and supervisors. Every figure is
 * derived from the cases themselves (the per-case figures stored at conclusion, the receipt and
 * acceptance instants, the ratings): nothing is counted by hand.
 * WARNING: released subjects and payloads never change.
 */
export const efficiencyContracts = {
  efficiencyReport: defineQuery({
    context: 'cases',
    aggregate: 'efficiency',
    verb: 'report',
    version: 1,
    summary:
      '效能评估：期间内按部门、事项、窗口、人员或区划统计收件、受理、办结、按时率、用时、超期、满意度等',
    access: rolesAccess('supervisor', 'center_admin'),
    errors: [
      'STATISTICS.PERIOD_REVERSED',
      'STATISTICS.PERIOD_TOO_LONG',
      'AUTH.DIVISION_OUT_OF_SCOPE',
    ],
    request: EfficiencyReportRequestSchema,
    reply: EfficiencyReportSchema,
    samples: {
      request: { from: '2026-11-01', to: '2026-11-30', division: '330100', groupBy: 'item' },
      reply: {
        from: '2026-11-01',
        to: '2026-11-30',
        division: '330100000000',
        groupBy: 'item',
        rows: [{ key: 'XK00001001', name: '食品经营许可（新办）', ...sampleFigures }],
        total: sampleFigures,
      },
    },
  }),
};
