import { localDateOf } from '@gov/calendar';
import { acceptancePeriod } from './acceptance-period';
import { isStaff } from './case-actor';
import { legalClockOf } from './case-clock';
import type { CaseCommand, CaseContext } from './case-command';
import { CaseDomainError } from './case-domain.error';
import type { CaseState } from './case-state';
import { optionalReason, requiredReason } from './check-text';
import { checkCorrectionNotice } from './correction-notice';
import { applyWorkRules } from './case-work-rules';
import { assertPaidForDelivery } from './fees';
import { awaitingMaterial, materialReceived } from './joint-approval';

/** What a command changes, beyond status, sequence and responders, and the reason recorded. */
export interface RuleOutcome {
  readonly changes: Partial<CaseState>;
  readonly reason?: string;
}

/**
 * The rules of each action once the transition table allowed it: what must hold, and what the
 * action records on the case. Throws `CaseDomainError`.
 */
export function applyRules(
  state: CaseState,
  command: CaseCommand,
  context: CaseContext,
): RuleOutcome {
  const { now, calendar, actor } = context;
  switch (command.action) {
    case 'accept': {
      // Accepting after the period ran out cannot move the clock's start: the law already
      // counts the application as accepted on the day it was received.
      const period = acceptancePeriod(state.lastReceivedAt, calendar, now);
      const acceptedOn = period.expired ? period.receivedOn : localDateOf(now);
      return { changes: { acceptance: { acceptedOn, at: now, deemed: period.expired } } };
    }
    case 'reject': {
      const reason = requiredReason(command.reason, command.action);
      refuseAfterAcceptancePeriod(state, context);
      return { changes: { rejection: { reason, at: now } }, reason };
    }
    case 'request-correction': {
      refuseAfterAcceptancePeriod(state, context);
      const items = checkCorrectionNotice(command.items, state.corrections);
      return { changes: { corrections: [...state.corrections, { items, at: now }] } };
    }
    case 'resubmit':
      return { changes: { lastReceivedAt: now } };
    case 'deem-accepted': {
      const period = acceptancePeriod(state.lastReceivedAt, calendar, now);
      if (!period.expired) {
        throw new CaseDomainError(
          'CASE.DEEMED_ACCEPTANCE_NOT_DUE',
          `受理审查期限至 ${period.lastDay} 24:00 届满，届满前不能视为受理`,
          { lastDay: period.lastDay },
        );
      }
      return {
        changes: { acceptance: { acceptedOn: period.receivedOn, at: now, deemed: true } },
      };
    }
    case 'suspend': {
      const reason = requiredReason(command.reason, command.action);
      const suspension = {
        kind: command.kind,
        reason,
        suspendedAt: now,
        suspendedOn: localDateOf(now),
      };
      return { changes: { suspensions: [...state.suspensions, suspension] }, reason };
    }
    case 'resume': {
      const resumedOn = localDateOf(now);
      const suspensions = state.suspensions.map((suspension) =>
        suspension.resumedAt ? suspension : { ...suspension, resumedAt: now, resumedOn },
      );
      // Supplementary material asked by departments has arrived with the resumption.
      const tasks =
        state.tasks && awaitingMaterial(state.tasks)
          ? materialReceived(state.tasks, now)
          : state.tasks;
      return {
        changes: { suspensions, ...(tasks ? { tasks } : {}) },
        reason: optionalReason(command.reason),
      };
    }
    case 'extend': {
      if (state.extension) {
        throw new CaseDomainError('CASE.ALREADY_EXTENDED', undefined, {
          extendedAt: state.extension.at.toISOString(),
          days: state.extension.days,
        });
      }
      if (!Number.isSafeInteger(command.days) || command.days < 1) {
        throw new CaseDomainError('CASE.EXTENSION_DAYS_INVALID', undefined, { days: command.days });
      }
      const reason = requiredReason(command.reason, command.action);
      const clock = legalClockOf(state, calendar, now);
      if (clock.phase !== 'not-started' && clock.statutory.overdue) {
        throw new CaseDomainError(
          'CASE.EXTENSION_AFTER_DEADLINE',
          `法定办理期限已于 ${clock.statutory.dueDate} 24:00 届满，不能再延长；延期须在法定期限内经本机关负责人批准`,
          { dueDate: clock.statutory.dueDate },
        );
      }
      const extension = { days: command.days, reason, approvedBy: actor, at: now };
      return { changes: { extension }, reason };
    }
    case 'decide': {
      if (state.tasks) {
        throw new CaseDomainError('CASE.JOINT_DECISION_BY_TASKS', undefined, {
          departments: state.tasks.map((task) => task.department),
        });
      }
      const reason =
        command.outcome === 'denied'
          ? requiredReason(command.reason, command.action)
          : optionalReason(command.reason);
      const decision = { outcome: command.outcome, ...(reason ? { reason } : {}), at: now };
      return { changes: { decision }, reason };
    }
    case 'conclude':
      return { changes: { concludedAt: now } };
    case 'deliver':
      assertPaidForDelivery(state.fee);
      return { changes: { delivery: { method: command.method, at: now } } };
    case 'withdraw': {
      const reason = optionalReason(command.reason);
      return { changes: { withdrawal: { ...(reason ? { reason } : {}), at: now } }, reason };
    }
    case 'hand-over': {
      const reason = requiredReason(command.reason, command.action);
      if (!isStaff(command.to)) {
        throw new CaseDomainError('CASE.HANDOVER_TARGET_NOT_STAFF', undefined, {
          role: command.to.role,
        });
      }
      if (command.to.id === (state.responsible ?? actorIfStaff(context))?.id) {
        throw new CaseDomainError('CASE.HANDOVER_TO_SAME_STAFF', undefined, { to: command.to.id });
      }
      return { changes: { responsible: command.to }, reason };
    }
    case 'hand-over-to-window': {
      const reason = requiredReason(command.reason, command.action);
      return { changes: { window: { ...command.window } }, reason };
    }
    case 'open-tasks':
    case 'decide-task':
    case 'request-task-material':
    case 'assess-fee':
    case 'record-payment':
    case 'refund':
    case 'request-verification':
    case 'answer-verification':
    case 'verification-timed-out':
      return applyWorkRules(state, command, context);
  }
}

function refuseAfterAcceptancePeriod(state: CaseState, { calendar, now }: CaseContext): void {
  const period = acceptancePeriod(state.lastReceivedAt, calendar, now);
  if (period.expired) {
    throw new CaseDomainError('CASE.ACCEPTANCE_PERIOD_EXPIRED', undefined, {
      receivedOn: period.receivedOn,
      lastDay: period.lastDay,
    });
  }
}

function actorIfStaff({ actor }: CaseContext) {
  return isStaff(actor) ? actor : undefined;
}
