import { type Principal, Scope } from '@gov/auth';
import { type Case, centreWindowContracts, GovError, type HandOverRequest } from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { PersonalDataVault } from '@gov/personal-data';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { onTheSpotCommands, type OnTheSpotDecision } from '@gov/case';
import { CaseRecord } from '../case.entity';
import { isOwnCase } from '../case-access';
import { fromCaseRules } from '../case-rules-errors';
import { restoreCaseState } from '../case-state-json';
import { authorOf, CaseMoves, type MovingCommand } from '../case-moves';
import { caseReply, openApplicant } from '../case-reply';
import { clockView } from '../case-clock-view';
import { CentreCalendars } from '../centre-calendars';
import { StaffDirectory } from '../handover/staff-directory';
import { Clock } from '../clock';

/** The commands people give (deemed acceptance is the sweep's; tasks and fee follow acceptance). */
export type PersonCommand = Exclude<
  MovingCommand,
  { action: 'deem-accepted' | 'open-tasks' | 'assess-fee' }
>;

/** 行政许可法 Art. 42: 10 working days for one organ's decision, 15 for joint handling. */
const EXTENSION_DAYS = { single: 10, joint: 15 } as const;

/** What an applicant may do to their own case; everything else is staff's. */
const APPLICANT_ACTIONS: ReadonlySet<string> = new Set(['resubmit', 'withdraw']);
const STAFF_ROLES = ['clerk', 'approver'] as const;
/** Who may hand a case over: its staff, and the supervisors and centre administrators above them. */
const HANDOVER_ROLES = ['clerk', 'approver', 'center_admin', 'supervisor'] as const;
/** A target with several staff roles takes the case in the first. */
const STAFF_ORDER = ['clerk', 'approver', 'center_admin'] as const;

/**
 * Moves a case along its lifecycle at a person's command: acceptance at one window (行政许可法
 * Art. 32: accept, refuse, one-time correction notice, resubmission), then suspension and
 * resumption, the one extension, the decision, conclusion, delivery, or withdrawal. Who may act is
 * checked here; the rules are `@gov/case`'s, applied by `CaseMoves`.
 */
@Injectable()
export class ActOnCaseUseCase {
  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly moves: CaseMoves,
    private readonly vault: PersonalDataVault,
    private readonly calendars: CentreCalendars,
    private readonly staff: StaffDirectory,
    private readonly bus: NatsRequester,
  ) {}

  act(id: string, command: PersonCommand, caller: Principal): Promise<Case> {
    return this.actThrough(id, () => [command], caller);
  }

  /** The one extension, approved with a reason: its length follows the way the case is handled. */
  extend(id: string, reason: string, caller: Principal): Promise<Case> {
    return this.actThrough(
      id,
      (record) => [
        {
          action: 'extend',
          days: record.state.tasks ? EXTENSION_DAYS.joint : EXTENSION_DAYS.single,
          reason,
        },
      ],
      caller,
    );
  }

  /**
   * 转办: the case to another member of staff of the caller's subtree who can handle it (their area
   * holds the case); the first responder stays recorded. Supervisors reassign the same way.
   */
  async handOver(id: string, request: HandOverRequest, caller: Principal): Promise<Case> {
    const { reason } = request;
    const target = await this.handoverTarget(request);
    return this.actThrough(
      id,
      (record) => {
        // Someone who may not touch the case learns nothing about the target either.
        if (!this.mayAct(record, caller, target.command(reason))) {
          throw new GovError('CASE.NOT_FOUND', undefined, { id });
        }
        const reachable =
          Scope.of(caller).includes(target.division) &&
          Scope.ofDivision(target.division).includes(record.division);
        if (!reachable) {
          throw new GovError('CASE.HANDOVER_OUT_OF_SCOPE', undefined, {
            to: target.name,
            division: target.division,
          });
        }
        return [target.command(reason)];
      },
      caller,
    );
  }

  /** A colleague by username, or a window of a centre: where it works and the command. */
  private async handoverTarget(request: HandOverRequest): Promise<{
    name: string;
    division: string;
    command: (reason: string) => PersonCommand;
  }> {
    if ((request.to === undefined) === (request.toWindow === undefined)) {
      throw new GovError(
        'PLATFORM.VALIDATION_FAILED',
        '请指定接手的工作人员 to 或窗口 toWindow（二选一）',
        {
          field: 'to',
        },
      );
    }
    if (request.to !== undefined) {
      const staff = await this.staff.byUsername(request.to);
      const role = STAFF_ORDER.find((candidate) => staff.roles.includes(candidate)) ?? 'clerk';
      const to = { id: staff.subject, username: staff.username, role };
      return {
        name: staff.username,
        division: staff.division,
        command: (reason) => ({ action: 'hand-over', to, reason }),
      };
    }
    const window = await this.bus
      .request(centreWindowContracts.getWindow, { id: request.toWindow ?? '' })
      .catch((error: unknown) => {
        if (error instanceof GovError && error.kind === 'not_found') {
          throw new GovError(
            'CASE.HANDOVER_TARGET_UNKNOWN',
            '找不到该窗口，请从服务中心的窗口列表中选择',
            {
              toWindow: request.toWindow,
            },
          );
        }
        throw error;
      });
    const target = { id: window.id, number: window.number, name: window.name };
    return {
      name: `${window.number} ${window.name}`,
      division: window.division,
      command: (reason) => ({ action: 'hand-over-to-window', window: target, reason }),
    };
  }

  /** An on-the-spot item (即办件) accepted, decided and concluded at the window in one go. */
  concludeOnTheSpot(id: string, decision: OnTheSpotDecision, caller: Principal): Promise<Case> {
    return this.actThrough(
      id,
      (record) => fromCaseRules(() => onTheSpotCommands(restoreCaseState(record.state), decision)),
      caller,
    );
  }

  private async actThrough(
    id: string,
    commandsFor: (record: CaseRecord) => readonly PersonCommand[],
    caller: Principal,
  ): Promise<Case> {
    await this.staff.remember(caller);
    const found = await this.orm.em.fork().findOne(CaseRecord, { id });
    const commands = found ? commandsFor(found) : [];
    const record =
      found && commands.every((each) => this.mayAct(found, caller, each)) ? found : null;
    if (!record) throw new GovError('CASE.NOT_FOUND', undefined, { id });
    const calendar = await this.calendars.of(record.division);
    const now = this.clock.now();
    const moved = await this.moves.moveThrough(id, commands, authorOf(caller), calendar, now);
    return caseReply(
      moved.record,
      openApplicant(this.vault, moved.record),
      clockView(moved.state, calendar, now),
    );
  }

  /**
   * Staff act on the cases of their subtree; an applicant only resubmits or withdraws their own.
   * Anyone else is answered as if the case did not exist.
   */
  private mayAct(record: CaseRecord, caller: Principal, command: PersonCommand): boolean {
    const roles = command.action === 'hand-over' ? HANDOVER_ROLES : STAFF_ROLES;
    const staff = roles.some((role) => caller.roles.includes(role));
    if (staff && Scope.of(caller).includes(record.division)) return true;
    return APPLICANT_ACTIONS.has(command.action) && isOwnCase(record, caller, this.vault);
  }
}
