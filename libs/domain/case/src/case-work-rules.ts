import { localDateOf } from '@gov/calendar';
import type { CaseCommand, CaseContext } from './case-command';
import { CaseDomainError } from './case-domain.error';
import type { CaseState } from './case-state';
import { assessFee, recordPayment, recordRefund } from './fees';
import {
  type ApprovalTask,
  decideTask,
  isJoint,
  jointOutcome,
  openTasks,
  requestMaterial,
} from './joint-approval';
import { answerVerification, requestVerification, verificationTimedOut } from './verification';

/** The commands of joint approval and fees (Cases 2). */
export type CaseWorkCommand = Extract<
  CaseCommand,
  {
    action:
      | 'open-tasks'
      | 'decide-task'
      | 'request-task-material'
      | 'assess-fee'
      | 'record-payment'
      | 'refund'
      | 'request-verification'
      | 'answer-verification'
      | 'verification-timed-out';
  }
>;

/** What a work command changes, and the reason recorded. */
export interface WorkRuleOutcome {
  readonly changes: Partial<CaseState>;
  readonly reason?: string;
}

/**
 * Joint approval (并联审批) and fees at one window (一个窗口收费): the departments' tasks open at
 * acceptance, the case is decided with the last task (denied if any department denied, with
 * every reason) and suspended while a department waits for supplementary material; the fee is
 * assessed from the item's standard, payments and refunds kept within it.
 */
export function applyWorkRules(
  state: CaseState,
  command: CaseWorkCommand,
  { actor, now }: CaseContext,
): WorkRuleOutcome {
  switch (command.action) {
    case 'open-tasks': {
      if (!state.plan || !isJoint(state.plan.departments) || state.tasks) {
        throw new CaseDomainError(
          'CASE.TRANSITION_NOT_ALLOWED',
          '该办件不是并联审批事项，或审批任务已开启',
          {
            action: command.action,
          },
        );
      }
      return { changes: { tasks: openTasks(state.plan.departments, now) } };
    }
    case 'decide-task': {
      const tasks = decideTask(
        tasksOf(state, command.department),
        command.department,
        {
          outcome: command.outcome,
          ...(command.reason === undefined ? {} : { reason: command.reason }),
        },
        { ...actor, department: actor.department ?? null },
        now,
      );
      const outcome = jointOutcome(tasks);
      const reason = tasks.find((task) => task.department === command.department)?.reason;
      if (!outcome.decided) return { changes: { tasks }, ...(reason ? { reason } : {}) };
      const reasons = outcome.reasons.join('；');
      return {
        changes: {
          tasks,
          status: 'decided',
          decision: { outcome: outcome.outcome, ...(reasons ? { reason: reasons } : {}), at: now },
        },
        ...(reason ? { reason } : {}),
      };
    }
    case 'request-task-material': {
      const tasks = requestMaterial(
        tasksOf(state, command.department),
        command.department,
        command.reason,
        { ...actor, department: actor.department ?? null },
        now,
      );
      const reason = command.reason.trim();
      // The request stops the clock: one suspension, however many departments wait.
      const suspensions =
        state.status === 'suspended'
          ? state.suspensions
          : [
              ...state.suspensions,
              {
                kind: 'supplementary-material' as const,
                reason,
                suspendedAt: now,
                suspendedOn: localDateOf(now),
              },
            ];
      return { changes: { tasks, suspensions }, reason };
    }
    case 'assess-fee':
      return { changes: { fee: assessFee(state.plan?.fee ?? { free: true }) } };
    case 'record-payment':
      return { changes: { fee: recordPayment(feeOf(state), command.payment) } };
    case 'refund':
      return {
        changes: { fee: recordRefund(feeOf(state), command.refund) },
        reason: command.refund.reason,
      };
    case 'request-verification':
      return {
        changes: {
          verifications: requestVerification(state.verifications, {
            ...command.verification,
            requestedBy: actor,
            requestedAt: now,
          }),
        },
      };
    case 'answer-verification': {
      const { id, outcome, detail } = command;
      return {
        changes: {
          verifications: answerVerification(state.verifications, { id, outcome, detail, at: now }),
        },
        reason: detail,
      };
    }
    case 'verification-timed-out':
      return {
        changes: { verifications: verificationTimedOut(state.verifications, command.id, now) },
      };
  }
}

function tasksOf(state: CaseState, department: string): readonly ApprovalTask[] {
  if (!state.tasks) throw new CaseDomainError('CASE.TASK_NOT_FOUND', undefined, { department });
  return state.tasks;
}

/** A case whose fee was never assessed owes nothing. */
function feeOf(state: CaseState) {
  return state.fee ?? assessFee({ free: true });
}

/**
 * What follows an acceptance by itself, as transitions of their own: the departments' tasks of a
 * joint item, and the fee of a charged item assessed from its standard.
 */
export function afterAcceptance(state: CaseState): readonly CaseWorkCommand[] {
  if (!state.plan) return [];
  return [
    ...(isJoint(state.plan.departments) && !state.tasks ? [{ action: 'open-tasks' as const }] : []),
    // A free item owes nothing: no fee to assess, nothing to pay before delivery.
    ...(state.plan.fee.free || state.fee ? [] : [{ action: 'assess-fee' as const }]),
  ];
}
