import { type Principal, Scope } from '@gov/auth';
import { type LocalDate, localDateOf } from '@gov/calendar';
import {
  type CaseSummary,
  type CaseSummaryPage,
  type ListCasesRequest,
  type ListCaseTasksRequest,
  type PageRequest,
} from '@gov/contracts';
import { readPage } from '@gov/persistence';
import { PersonalDataVault } from '@gov/personal-data';
import { type ObjectQuery } from '@mikro-orm/core';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CaseRecord } from '../case.entity';
import { isApplicantSide } from '../case-access';
import { CaseParties } from '../parties/case-parties';
import { Clock } from '../clock';

/**
 * Lists of cases: what an applicant submitted or is the applicant of; staff's subtree narrowed by
 * status, item, applicant (through the blind index) and deadlines; and the staff's tasks, most
 * urgent first. Deadline filters read the indexed due-date columns of running cases.
 */
@Injectable()
export class ListCasesUseCase {
  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly vault: PersonalDataVault,
    private readonly parties: CaseParties,
  ) {}

  /**
   * Newest first, a page at a time; with a deadline filter, the due date that comes first on top
   * (the most overdue first), read in the order of the due-date index.
   */
  async list(request: ListCasesRequest, caller: Principal): Promise<CaseSummaryPage> {
    await this.parties.remember(caller);
    const em = this.orm.em.fork();
    const where: ObjectQuery<CaseRecord> = {
      ...this.visibleTo(caller, request.division),
      ...(request.status === undefined ? {} : { status: request.status }),
      ...(request.itemCode === undefined ? {} : { itemCode: request.itemCode }),
      ...(request.applicantId === undefined
        ? {}
        : { applicantIdIdx: this.applicantIndex(request.applicantId) }),
      ...deadlineFilter(request, localDateOf(this.clock.now())),
      ...handlerFilter(request),
    };
    if (hasDeadlineFilter(request)) {
      return pageByDue(em, request, where, DEADLINE_COLUMNS[request.deadline ?? 'promised'].due);
    }
    return readPage(
      request,
      1,
      (after, rows) =>
        em.find(
          CaseRecord,
          after === undefined ? where : { $and: [where, { id: { $lt: String(after[0]) } }] },
          { orderBy: { id: 'desc' }, limit: rows },
        ),
      (record) => [record.id],
      caseSummary,
    );
  }

  /**
   * A clerk's tasks: applications of the subtree waiting for acceptance, the acceptance period
   * that ends first on top. An approver's: cases under review in the subtree — of a joint case,
   * only while their department's task is open — the promised due date that comes first on top.
   */
  tasks(request: ListCaseTasksRequest, caller: Principal): Promise<CaseSummaryPage> {
    const em = this.orm.em.fork();
    const clerk = caller.roles.includes('clerk');
    const dueColumn = clerk ? 'acceptanceEndsAt' : 'promisedDueOn';
    const where: ObjectQuery<CaseRecord> = {
      ...this.visibleTo(caller, undefined),
      status: clerk ? 'submitted' : 'under-review',
      // A joint case waits for an approver only while their department's task is open.
      ...(clerk
        ? {}
        : {
            $or: [
              { pendingDepartments: null },
              { pendingDepartments: { $overlap: [caller.department ?? 'none'] } },
            ],
          }),
    };
    return pageByDue(em, request, where, dueColumn);
  }

  /**
   * An applicant sees the cases they submitted and those naming them as the applicant (a case a
   * clerk entered for them at a window), through their verified resident ID; staff their subtree
   * or a division inside it (403 outside).
   */
  private visibleTo(caller: Principal, division: string | undefined): ObjectQuery<CaseRecord> {
    if (isApplicantSide(caller)) {
      return caller.residentId === null
        ? { submittedBy: caller.subject }
        : {
            $or: [
              { submittedBy: caller.subject },
              { applicantIdIdx: this.vault.blindIndex('resident-id', caller.residentId) },
            ],
          };
    }
    const scope = Scope.of(caller);
    if (division !== undefined) scope.assertIncludes(division);
    // A range of codes rather than `like 'prefix%'`: the due-date indexes take it as their own.
    const range = Scope.ofDivision(division ?? scope.division).divisionRange;
    return range === null
      ? { division: 'no-scope' }
      : { division: { $gte: range.from, $lt: range.to } };
  }

  private applicantIndex(identifier: string): string {
    const kind = /^[0-9]{17}[0-9Xx]$/.test(identifier) ? 'resident-id' : 'credit-code';
    return this.vault.blindIndex(kind, identifier);
  }
}

/** The columns of each deadline: its due date and the first day of its yellow warning. */
const DEADLINE_COLUMNS = {
  promised: { due: 'promisedDueOn', warn: 'promisedWarnOn' },
  statutory: { due: 'statutoryDueOn', warn: 'statutoryWarnOn' },
} as const;

/**
 * Due dates of running cases, by the deadline asked for (promised unless told): in a range,
 * overdue, or at risk (its yellow warning day has come, not yet overdue).
 */
function hasDeadlineFilter(request: ListCasesRequest): boolean {
  const { dueFrom, dueTo, overdue, atRisk } = request;
  return [dueFrom, dueTo, overdue, atRisk].some((filter) => filter !== undefined);
}

function deadlineFilter(request: ListCasesRequest, today: LocalDate): ObjectQuery<CaseRecord> {
  const { dueFrom, dueTo, overdue, atRisk } = request;
  if (!hasDeadlineFilter(request)) return {};
  const { due, warn } = DEADLINE_COLUMNS[request.deadline ?? 'promised'];
  const bounds: ObjectQuery<CaseRecord>[] = [
    ...(dueFrom === undefined ? [] : [{ [due]: { $gte: dueFrom } }]),
    ...(dueTo === undefined ? [] : [{ [due]: { $lte: dueTo } }]),
    // A deadline ends at 24:00 of its day: a case due today is not yet overdue.
    ...(overdue === undefined ? [] : [{ [due]: overdue ? { $lt: today } : { $gte: today } }]),
    ...(atRisk === undefined ? [] : [{ [warn]: { $lte: today }, [due]: { $gte: today } }]),
  ];
  return { $and: [{ clockPhase: 'running' }, ...bounds] };
}

/** A column a case is due by: when its acceptance period ends, or a due date of its clock. */
type DueColumn = 'acceptanceEndsAt' | 'promisedDueOn' | 'statutoryDueOn';

/** Cases by `due` then id, the first due on top, a page at a time (keyset on both). */
function pageByDue(
  em: EntityManager,
  request: PageRequest,
  where: ObjectQuery<CaseRecord>,
  due: DueColumn,
): Promise<CaseSummaryPage> {
  return readPage(
    request,
    2,
    (after, rows) =>
      em.find(
        CaseRecord,
        after === undefined
          ? where
          : {
              $and: [
                where,
                {
                  $or: [
                    { [due]: { $gt: after[0] } },
                    { [due]: after[0], id: { $gt: String(after[1]) } },
                  ],
                },
              ],
            },
        { orderBy: { [due]: 'asc', id: 'asc' }, limit: rows },
      ),
    (record) => [dueKey(record[due]), record.id],
    caseSummary,
  );
}

function dueKey(value: Date | string | null): string {
  return value instanceof Date ? value.toISOString() : (value ?? '');
}

/** Who handles the case: its handling organ (承办部门), the window it was handed to. */
function handlerFilter(request: ListCasesRequest): ObjectQuery<CaseRecord> {
  return {
    ...(request.department === undefined ? {} : { handlingOrgan: request.department }),
    ...(request.window === undefined ? {} : { state: { window: { number: request.window } } }),
  };
}

export function caseSummary(record: CaseRecord): CaseSummary {
  return {
    id: record.id,
    number: record.number,
    status: record.status,
    division: record.division,
    itemCode: record.itemCode,
    itemName: record.itemName,
    clockPhase: record.clockPhase,
    statutoryDueDate: record.statutoryDueOn,
    promisedDueDate: record.promisedDueOn,
    receivedAt: record.receivedAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
