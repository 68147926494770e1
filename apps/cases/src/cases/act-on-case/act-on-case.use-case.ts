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
import { CentreCalendars } from '../centre-calendars';

/** The event each command announces. */
const EVENT_OF = {
  accept: caseEvents.caseAccepted,
  reject: caseEvents.caseRejected,
  'request-correction': caseEvents.caseCorrectionRequested,
  resubmit: caseEvents.caseResubmitted,
} as const;

export type AcceptanceCommand = Extract<CaseCommand, { action: keyof typeof EVENT_OF }>;

/**
 * Moves a case at the acceptance stage (行政许可法 Art. 32): accept, refuse with a reason, tell the
 * applicant once every material to correct, or take the corrected application back. The rules are
 * `@gov/case`'s; this applies them to the stored case under its optimistic lock and records the
 * event and the audit row in the same transaction.
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

  async act(id: string, command: AcceptanceCommand, caller: Principal): Promise<Case> {
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
      return caseReply(current, {
        applicantId: this.vault.open(kind, current.applicantId, sealContext('applicant_id', id)),
        phone: this.vault.open('phone', current.applicantPhone, sealContext('applicant_phone', id)),
      });
    });
  }
}

/**
 * Staff act on the cases of their subtree; an applicant only resubmits their own. Anyone else is
 * answered as if the case did not exist.
 */
function mayAct(record: CaseRecord, caller: Principal, command: AcceptanceCommand): boolean {
  if (caller.roles.includes('clerk') && Scope.of(caller).includes(record.division)) return true;
  return command.action === 'resubmit' && record.submittedBy === caller.subject;
}

function changedConcurrently(id: string): GovError {
  return new GovError('CASE.CHANGED_CONCURRENTLY', undefined, { id });
}
