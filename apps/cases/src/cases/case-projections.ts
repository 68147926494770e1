import { type JsonValue } from '@gov/audit';
import { type CaseCommand, type CaseState, paymentStatus } from '@gov/case';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type CaseRecord } from './case.entity';

/**
 * What a transition of joint approval or fees adds to its event and audit row: the department,
 * the departments opened, the fee status and the amount concerned.
 */
export function workDetails(command: CaseCommand, state: CaseState): Record<string, JsonValue> {
  if (command.action === 'open-tasks') {
    return { departments: (state.tasks ?? []).map((task) => task.department) };
  }
  if (command.action === 'decide-task' || command.action === 'request-task-material') {
    return { department: command.department };
  }
  if (command.action === 'assess-fee') return feeDetails(state, state.fee?.dueFen ?? 0);
  if (command.action === 'record-payment') return feeDetails(state, command.payment.amountFen);
  if (command.action === 'refund') return feeDetails(state, command.refund.amountFen);
  if (command.action === 'hand-over') return { handedTo: command.to.username };
  if (command.action === 'hand-over-to-window') {
    return { handedTo: `窗口 ${command.window.number} ${command.window.name}` };
  }
  const verificationId =
    command.action === 'request-verification'
      ? command.verification.id
      : command.action === 'answer-verification' || command.action === 'verification-timed-out'
        ? command.id
        : undefined;
  const verification = state.verifications?.find((each) => each.id === verificationId);
  if (verification) {
    return {
      verification: {
        requestId: verification.id,
        system: verification.system,
        kind: verification.kind,
        status: verification.status,
      },
    };
  }
  return {};
}

function feeDetails(state: CaseState, amountFen: number): Record<string, JsonValue> {
  return state.fee ? { feeStatus: paymentStatus(state.fee), amountFen } : {};
}

/**
 * What lists and reconciliation query, written in the transaction of the transition: the
 * departments whose task waits for them, the fee status, the payments and refunds.
 */
export async function writeProjections(
  em: EntityManager,
  record: CaseRecord,
  state: CaseState,
  command: CaseCommand,
  recordedBy: string,
  now: Date,
): Promise<void> {
  if (state.fee) record.feeStatus = paymentStatus(state.fee);
  if (state.tasks) {
    record.pendingDepartments = state.tasks
      .filter((task) => task.status === 'open')
      .map((task) => task.department);
  }
  if (command.action === 'record-payment' || command.action === 'refund') {
    const entry =
      command.action === 'record-payment'
        ? { ...command.payment, kind: 'payment', channel: command.payment.channel }
        : { ...command.refund, kind: 'refund', channel: null };
    await em.execute(
      `insert into cases.case_payment
         (reference, case_id, kind, channel, amount_fen, "window", division, recorded_by, recorded_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        entry.reference,
        record.id,
        entry.kind,
        entry.channel,
        entry.amountFen,
        entry.window,
        record.division,
        recordedBy,
        now,
      ],
    );
  }
}
