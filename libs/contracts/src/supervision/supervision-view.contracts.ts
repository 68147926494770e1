import { rolesAccess } from '../schema/access';
import { defineQuery } from '../schema/contract';
import {
  SupervisionOverviewRequestSchema,
  SupervisionOverviewSchema,
} from './supervision-view.schemas';

/**
 * What supervisors watch (电子监察): the subtree's overdue and at-risk cases, grouped. The cases
 * behind a group are the case list's `overdue` / `atRisk` filters; a case drills down to its
 * timeline and audit trail.
 * WARNING: released subjects and payloads never change.
 */
export const supervisionViewContracts = {
  supervisionOverview: defineQuery({
    context: 'cases',
    aggregate: 'supervision',
    verb: 'overview',
    version: 1,
    summary: '电子监察总览：本辖区超期与临期办件数，按部门、事项、窗口或区划分组',
    access: rolesAccess('supervisor', 'center_admin'),
    errors: ['AUTH.DIVISION_OUT_OF_SCOPE'],
    request: SupervisionOverviewRequestSchema,
    reply: SupervisionOverviewSchema,
    samples: {
      request: { groupBy: 'item' },
      reply: {
        asOf: '2026-11-26',
        division: '330100000000',
        deadline: 'promised',
        groupBy: 'item',
        groups: [
          {
            key: 'XK00011001',
            name: '食品经营许可',
            atRisk: 4,
            overdue: 1,
          },
        ],
        total: { atRisk: 4, overdue: 1 },
      },
    },
  }),
} as const;
