import { type AuditActor, AuditTrail, type JsonValue } from '@gov/audit';
import { type Principal } from '@gov/auth';
import { type WorkingCalendar } from '@gov/calendar';
import {
  type CaseActor,
  type CaseCommand,
  type CaseState,
  type CaseTransition,
  afterAcceptance,
  DEEMED_ACCEPTANCE_ACTOR,
  transition,
} from '@gov/case';
import { caseEvents, GovError } from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { OptimisticLockError } from '@mikro-orm/core';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CaseRecord } from './case.entity';
import { caseActorOf } from './case-actor';
import { fromCaseRules } from './case-rules-errors';
import { restoreCaseState } from './case-state-json';
import { writeProjections, workDetails } from './case-projections';
import { deadlineColumns } from './deadlines/case-deadlines';
import { issueNotice } from './notices/issue-notice';
import { type NoticeRecord } from './notices/notice.entity';
import { CaseParties } from './parties/case-parties';
import { clearSettledWarnings } from '../supervision/warnings/warning-clearing';
import { type ThresholdPolicy } from '../supervision/warnings/threshold-policy';
import { WarningThresholds } from '../supervision/warnings/warning-thresholds';
import { recordCaseFigures } from '../supervision/efficiency/record-case-figures';

/** The event each transition announces. */
const EVENT_OF = {
  accept: caseEvents.caseAccepted,
  'deem-accepted': caseEvents.caseAccepted,
  reject: caseEvents.caseRejected,
  'request-correction': caseEvents.caseCorrectionRequested,
  resubmit: caseEvents.caseResubmitted,
  suspend: caseEvents.caseSuspended,
  resume: caseEvents.caseResumed,
  extend: caseEvents.caseExtended,
  decide: caseEvents.caseDecided,
  conclude: caseEvents.caseConcluded,
  deliver: caseEvents.caseDelivered,
  withdraw: caseEvents.caseWithdrawn,
  'open-tasks': caseEvents.caseTasksOpened,
  'decide-task': caseEvents.caseTaskDecided,
  // A department's request for material suspends the case: the clock stops.
  'request-task-material': caseEvents.caseSuspended,
  'assess-fee': caseEvents.caseFeeAssessed,
  'record-payment': caseEvents.caseFeePaid,
  refund: caseEvents.caseRefunded,
  'request-verification': caseEvents.caseVerificationRequested,
  'answer-verification': caseEvents.caseVerificationAnswered,
  'verification-timed-out': caseEvents.caseVerificationTimedOut,
  'hand-over': caseEvents.caseHandedOver,
  'hand-over-to-window': caseEvents.caseHandedOver,
} as const;

/** A transition this service records. */
export type MovingCommand = Extract<CaseCommand, { action: keyof typeof EVENT_OF }>;

/** Who moves a case: as the rules see them, and as the audit trail records them. */
export interface CaseAuthor {
  readonly actor: CaseActor;
  readonly audit: AuditActor;
}

/** A person acting through the API. */
export function authorOf(caller: Principal): CaseAuthor {
  const actor = { ...caseActorOf(caller), department: caller.department };
  return {
    actor,
    audit: { kind: 'user', subject: caller.subject, username: caller.username, role: actor.role },
  };
}

/** The law itself, through this service: a deemed acceptance (行政许可法 Art. 32). */
export const DEEMED_ACCEPTANCE_AUTHOR: CaseAuthor = {
  actor: DEEMED_ACCEPTANCE_ACTOR,
  audit: { kind: 'service', subject: 'svc-cases', username: 'deemed-acceptance' },
};

/** Who moves the case, whom to tell, on which calendar, when. */
interface MoveContext {
  readonly author: CaseAuthor;
  readonly recipients: readonly string[];
  readonly calendar: WorkingCalendar;
  readonly now: Date;
  /** The deadline watch's yellow thresholds (read before the transaction opens). */
  readonly thresholds: ThresholdPolicy;
}

/** A case after a move, and the state it moved to. */
export interface MovedCase {
  readonly record: CaseRecord;
  readonly state: CaseState;
  /** The last notice document the transitions issued, if any issues one. */
  readonly notice: NoticeRecord | null;
}

/**
 * Applies one transition of `@gov/case` to a stored case, in one transaction with its event, its
 * audit row, its deadline columns and the notice document it issues. The case is read again inside the transaction and written
 * under its optimistic lock: of two concurrent moves, one fails with CASE.CHANGED_CONCURRENTLY
 * and leaves nothing behind. The calendar is asked for before, never while the transaction is open.
 */
@Injectable()
export class CaseMoves {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly parties: CaseParties,
    private readonly warningThresholds: WarningThresholds,
  ) {}

  move(
    id: string,
    command: MovingCommand,
    author: CaseAuthor,
    calendar: WorkingCalendar,
    now: Date,
  ): Promise<MovedCase> {
    return this.moveThrough(id, [command], author, calendar, now);
  }

  /**
   * Applies several transitions at once, all or none (an on-the-spot conclusion: accept, decide,
   * conclude), each recorded as if given alone.
   */
  moveThrough(
    id: string,
    commands: readonly MovingCommand[],
    author: CaseAuthor,
    calendar: WorkingCalendar,
    now: Date,
  ): Promise<MovedCase> {
    return this.warningThresholds
      .policy()
      .then((thresholds) => this.moveWithin(id, commands, author, calendar, now, thresholds));
  }

  private moveWithin(
    id: string,
    commands: readonly MovingCommand[],
    author: CaseAuthor,
    calendar: WorkingCalendar,
    now: Date,
    thresholds: ThresholdPolicy,
  ): Promise<MovedCase> {
    return this.orm.em.transactional(async (em) => {
      const record = await em.findOneOrFail(CaseRecord, { id });
      let state = restoreCaseState(record.state);
      let notice: NoticeRecord | null = null;
      const recipients = await this.parties.recipientsOf(em, record);
      const queue = [...commands];
      for (let command = queue.shift(); command !== undefined; command = queue.shift()) {
        state = await this.record(em, record, state, command, {
          author,
          recipients,
          calendar,
          now,
          thresholds,
        });
        notice = (await issueNotice(em, record, state, command.action, calendar, now)) ?? notice;
        // An acceptance opens the departments' tasks and assesses the fee, each its own step.
        if (command.action === 'accept' || command.action === 'deem-accepted') {
          queue.unshift(...afterAcceptance(state));
        }
      }
      return { record, state, notice };
    });
  }

  /** One transition: the row under its lock, then its event and its audit row. */
  private async record(
    em: EntityManager,
    record: CaseRecord,
    state: CaseState,
    command: MovingCommand,
    { author, recipients, calendar, now, thresholds }: MoveContext,
  ): Promise<CaseState> {
    const moved = fromCaseRules(() =>
      transition(state, command, { actor: author.actor, now, calendar }),
    );
    record.state = moved.state;
    record.status = moved.state.status;
    record.updatedAt = now;
    const yellowDays = thresholds.yellowDaysFor(
      record.division,
      record.itemCode,
      moved.state.limits.promised,
    );
    Object.assign(record, deadlineColumns(moved.state, calendar, now, yellowDays));
    record.acceptedAt = moved.state.acceptance?.at ?? null;
    await writeProjections(em, record, moved.state, command, author.audit.subject, now);
    // One flush a transition: the version (the lock) follows the sequence of the events.
    await flushUnderLock(em, record.id);
    await clearSettledWarnings(em, record, now);
    // The efficiency statistics judge a case once, as it concludes (效能评估).
    if (command.action === 'conclude') {
      await recordCaseFigures(em, record, moved.state, calendar, now);
    }
    const reason = moved.transition.reason;
    const details = workDetails(command, moved.state);
    // The audit row before the event, so that its writes and the event's share one statement (ADR 0022).
    await this.audit.append(em, {
      aggregateType: 'case',
      aggregateId: record.id,
      sequence: moved.state.sequence,
      actor: author.audit,
      action: command.action,
      change: auditChange(command, moved.transition, details),
    });
    await this.outbox.record(em, EVENT_OF[command.action], {
      aggregateId: record.id,
      division: record.division,
      sequence: moved.state.sequence,
      data: {
        ...caseEventData(record),
        ...(reason === undefined ? {} : { reason }),
        ...details,
        ...(recipients.length === 0 ? {} : { recipients: [...recipients] }),
        at: now.toISOString(),
      },
    });
    return moved.state;
  }
}

/** What the audit row says of a transition: the states, the reason, what was named or paid. */
function auditChange(
  command: MovingCommand,
  recorded: CaseTransition,
  details: Record<string, JsonValue>,
): JsonValue {
  const change: Record<string, JsonValue> = { from: recorded.from, to: recorded.to, ...details };
  if (recorded.reason !== undefined) change['reason'] = recorded.reason;
  if ('items' in command) change['items'] = command.items.map((item) => ({ ...item }));
  const money =
    'payment' in command ? command.payment : 'refund' in command ? command.refund : null;
  if (money) Object.assign(change, { reference: money.reference, window: money.window });
  return change;
}

/** What every case event says besides its reason and instant. */
export function caseEventData(record: CaseRecord) {
  return {
    id: record.id,
    number: record.number,
    itemCode: record.itemCode,
    division: record.division,
    status: record.status,
    statutoryDueDate: record.statutoryDueOn,
    promisedDueDate: record.promisedDueOn,
  };
}

/** Flushes; a row changed since it was read becomes CASE.CHANGED_CONCURRENTLY. */
export async function flushUnderLock(em: EntityManager, id: string): Promise<void> {
  await em.flush().catch((error: unknown) => {
    throw error instanceof OptimisticLockError
      ? new GovError('CASE.CHANGED_CONCURRENTLY', undefined, { id })
      : error;
  });
}
