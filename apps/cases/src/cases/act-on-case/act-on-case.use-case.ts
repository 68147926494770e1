import { AuditTrail } from '@gov/audit';
import { type Principal, Scope } from '@gov/auth';
import { type CaseCommand, transition } from '@gov/case';
import { type Case, caseEvents, GovError } from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { PersonalDataVault } from '@gov/personal-data';
import { OptimisticLockError } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CaseRecord } from '../case.entity';
import { caseReply, sealContext } from '../case-reply';
import { caseActorOf } from '../case-actor';
import { fromCaseRules } from '../case-rules-errors';
import { restoreCaseState } from '../case-state-json';
import { clockView } from '../case-clock-view';
import { CentreCalendars } from '../centre-calendars';

/** The event each command announces. */
const EVENT_OF = {
  accept: caseEvents.caseAccepted,
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
} as const;

/** The commands people give through the API (deemed acceptance and handover come elsewhere). */
export type PersonCommand = Extract<CaseCommand, { action: keyof typeof EVENT_OF }>;

/** What an applicant may do to their own case; everything else is staff's. */
const APPLICANT_ACTIONS: ReadonlySet<string> = new Set(['resubmit', 'withdraw']);
const STAFF_ROLES = ['clerk', 'approver'] as const;

/**
 * Moves a case along its lifecycle: acceptance at one window (行政许可法 Art. 32: accept, refuse,
 * one-time correction notice, resubmission), then suspension and resumption, the one extension, the
 * decision, conclusion, delivery, or withdrawal. The rules are `@gov/case`'s; this applies them to
 * the stored case under its optimistic lock and records the event and the audit row in the same
 * transaction.
 */
@Injectable()
export class ActOnCaseUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
    private readonly vault: PersonalDataVault,
    private readonly audit: AuditTrail,
    private readonly calendars: CentreCalendars,
  ) {}

  async act(id: string, command: PersonCommand, caller: Principal): Promise<Case> {
    const found = await this.orm.em.fork().findOne(CaseRecord, { id });
    const record = found && mayAct(found, caller, command) ? found : null;
    if (!record) throw new GovError('CASE.NOT_FOUND', undefined, { id });
    const calendar = await this.calendars.of(record.division);
    const actor = caseActorOf(caller);
    const now = new Date();

    return this.orm.em.transactional(async (em) => {
      // Read again in the transaction; a change committed meanwhile fails the flush below.
      const current = await em.findOneOrFail(CaseRecord, { id });
      const moved = fromCaseRules(() =>
        transition(restoreCaseState(current.state), command, { actor, now, calendar }),
      );
      current.state = moved.state;
      current.status = moved.state.status;
      current.updatedAt = now;
      await em.flush().catch((error: unknown) => {
        throw error instanceof OptimisticLockError ? changedConcurrently(id) : error;
      });
      const reason = 'reason' in command ? command.reason : undefined;
      await this.outbox.record(em, EVENT_OF[command.action], {
        aggregateId: id,
        division: current.division,
        sequence: moved.state.sequence,
        data: {
          id,
          number: current.number,
          itemCode: current.itemCode,
          division: current.division,
          status: current.status,
          ...(reason === undefined ? {} : { reason }),
          at: now.toISOString(),
        },
      });
      await this.audit.append(em, {
        aggregateType: 'case',
        aggregateId: id,
        sequence: moved.state.sequence,
        actor: {
          kind: 'user',
          subject: caller.subject,
          username: caller.username,
          role: actor.role,
        },
        action: command.action,
        change: {
          from: moved.transition.from,
          to: moved.transition.to,
          ...(reason === undefined ? {} : { reason }),
          ...('items' in command ? { items: command.items.map((item) => ({ ...item })) } : {}),
        },
      });
      const kind = current.applicantKind === 'person' ? 'resident-id' : 'credit-code';
      return caseReply(
        current,
        {
          applicantId: this.vault.open(kind, current.applicantId, sealContext('applicant_id', id)),
          phone: this.vault.open(
            'phone',
            current.applicantPhone,
            sealContext('applicant_phone', id),
          ),
        },
        clockView(moved.state, calendar, now),
      );
    });
  }
}

/**
 * Staff act on the cases of their subtree; an applicant only resubmits their own. Anyone else is
 * answered as if the case did not exist.
 */
function mayAct(record: CaseRecord, caller: Principal, command: PersonCommand): boolean {
  const staff = STAFF_ROLES.some((role) => caller.roles.includes(role));
  if (staff && Scope.of(caller).includes(record.division)) return true;
  return APPLICANT_ACTIONS.has(command.action) && record.submittedBy === caller.subject;
}

function changedConcurrently(id: string): GovError {
  return new GovError('CASE.CHANGED_CONCURRENTLY', undefined, { id });
}
