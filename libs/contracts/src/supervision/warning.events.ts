import { defineEvent } from '../events/event-contract';
import { sampleCase } from '../cases/case.contracts';
import { WarningAcknowledgedSchema, WarningRaisedSchema } from './warning.schemas';

const sampleWarningId = '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e90';

/**
 * The deadline watch's events. A warning is its own aggregate (`warning`, sequence 1 when raised,
 * 2 when acknowledged), never a transition of the case: the case's event sequence stays gapless.
 * WARNING: released types, subjects and data never change.
 */
export const warningEvents = {
  warningRaised: defineEvent({
    context: 'cases',
    aggregate: 'warning',
    event: 'raised',
    version: 1,
    summary: '电子监察：办件期限预警已发出（黄色：临近期限；红色：已超期）',
    data: WarningRaisedSchema,
    sample: {
      id: sampleWarningId,
      caseId: sampleCase.id,
      caseNumber: sampleCase.number,
      division: sampleCase.division,
      itemCode: 'XK00001001',
      deadline: 'promised',
      level: 'yellow',
      dueOn: '2026-11-30',
      recipients: ['5b0c6f1e-2d3a-4c5b-8e9f-0a1b2c3d4e5f'],
      raisedAt: '2026-11-26T00:00:05.000Z',
    },
  }),
  warningAcknowledged: defineEvent({
    context: 'cases',
    aggregate: 'warning',
    event: 'acknowledged',
    version: 1,
    summary: '电子监察：预警已由监察人员签收',
    data: WarningAcknowledgedSchema,
    sample: {
      id: sampleWarningId,
      caseId: sampleCase.id,
      caseNumber: sampleCase.number,
      division: sampleCase.division,
      deadline: 'promised',
      level: 'yellow',
      acknowledgedBy: 'hz-supervisor',
      acknowledgedAt: '2026-11-26T09:30:00.000Z',
    },
  }),
} as const;
