import { type Principal, Scope } from '@gov/auth';
import {
  GovError,
  type ListWarningsRequest,
  type Warning,
  type WarningPage,
  type WarningStatus,
} from '@gov/contracts';
import { readPage } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { findWarningRow, WARNING_COLUMNS, type WarningRow, withNotes } from './warning-rows';

/** What each status means in terms of the row's instants. */
const STATUS_CONDITION: Readonly<Record<WarningStatus, string>> = {
  open: 'acknowledged_at is null and cleared_at is null',
  acknowledged: 'acknowledged_at is not null and cleared_at is null',
  cleared: 'cleared_at is not null',
};

/**
 * Supervisors' reads of the deadline watch: the warnings of the caller's subtree (or a division
 * inside it; 403 outside), newest first a page at a time, each with its notes.
 */
@Injectable()
export class ListWarningsUseCase {
  constructor(private readonly orm: MikroORM) {}

  async list(request: ListWarningsRequest, caller: Principal): Promise<WarningPage> {
    const scope = Scope.of(caller);
    if (request.division !== undefined) scope.assertIncludes(request.division);
    const prefix = Scope.ofDivision(request.division ?? scope.division).divisionPrefix;
    const conditions = [`division like ?`];
    const parameters: unknown[] = [`${prefix ?? 'no-scope'}%`];
    if (request.level !== undefined) {
      conditions.push('level = ?');
      parameters.push(request.level);
    }
    if (request.deadline !== undefined) {
      conditions.push('deadline = ?');
      parameters.push(request.deadline);
    }
    if (request.caseId !== undefined) {
      conditions.push('case_id = ?');
      parameters.push(request.caseId);
    }
    if (request.status !== undefined) conditions.push(STATUS_CONDITION[request.status]);
    const em = this.orm.em.fork();
    const page = await readPage(
      request,
      1,
      (after, rows) =>
        em.execute<WarningRow[]>(
          `select ${WARNING_COLUMNS} from cases.deadline_warning
           where ${[...conditions, ...(after === undefined ? [] : ['id < ?'])].join(' and ')}
           order by id desc limit ?`,
          [...parameters, ...(after === undefined ? [] : [String(after[0])]), rows],
        ),
      (row) => [row.id],
      (row) => row,
    );
    return { items: await withNotes(em, page.items), nextCursor: page.nextCursor };
  }

  /** One warning with its notes; 404 unknown, 403 outside the caller's subtree. */
  async get(id: string, caller: Principal): Promise<Warning> {
    const em = this.orm.em.fork();
    const row = await findWarningRow(em, id);
    assertVisible(row, id, caller);
    const [warning] = await withNotes(em, [row]);
    if (!warning) throw new GovError('WARNING.NOT_FOUND', undefined, { id });
    return warning;
  }
}

/** Refuses an unknown warning (404) and one of a case outside the caller's subtree (403). */
export function assertVisible(
  row: WarningRow | null,
  id: string,
  caller: Principal,
): asserts row is WarningRow {
  if (row === null) throw new GovError('WARNING.NOT_FOUND', undefined, { id });
  if (!Scope.of(caller).includes(row.division)) {
    throw new GovError('WARNING.OUT_OF_SCOPE', undefined, { id, division: row.division });
  }
}
