import { type Principal, Scope } from '@gov/auth';
import { localDateOf } from '@gov/calendar';
import {
  GovError,
  type ListRectificationsRequest,
  type Rectification,
  type RectificationPage,
} from '@gov/contracts';
import { readPage } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../cases/clock';
import {
  RECTIFICATION_SELECT,
  readRectification,
  rectificationReply,
  type RectificationRow,
} from './rectification-store';

/** Tasks still waiting for the centre: open, or appealed and not yet decided. */
const PENDING = `x.status in ('open', 'appealed')`;

/**
 * The rectification tasks of the caller's subtree: a page at a time, the nearest due day first,
 * narrowed by status, division and whether the due day has passed; and one task by id (a task
 * outside the subtree is answered as not found).
 */
@Injectable()
export class RectificationQueriesUseCase {
  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
  ) {}

  async list(request: ListRectificationsRequest, caller: Principal): Promise<RectificationPage> {
    const scope = Scope.of(caller);
    if (request.division !== undefined) scope.assertIncludes(request.division);
    const prefix = Scope.ofDivision(request.division ?? scope.division).divisionPrefix;
    const today = localDateOf(this.clock.now());
    const conditions = ['x.division like ?'];
    const params: unknown[] = [`${prefix ?? 'no-scope'}%`];
    if (request.status !== undefined) {
      conditions.push('x.status = ?');
      params.push(request.status);
    }
    if (request.overdue !== undefined) {
      // A due day ends at 24:00: a task due today is not yet overdue.
      const overdue = `(${PENDING} and x.due_on < ?::date)`;
      conditions.push(request.overdue ? overdue : `not ${overdue}`);
      params.push(today);
    }
    const em = this.orm.em.fork();
    return readPage(
      request,
      2,
      (after, rows) => {
        if (after !== undefined && !validKey(after)) {
          throw new GovError('PLATFORM.CURSOR_INVALID', undefined, { cursor: request.cursor });
        }
        const keyset = after === undefined ? [] : ['(x.due_on, x.id) > (?::date, ?::uuid)'];
        return em.execute<RectificationRow[]>(
          `${RECTIFICATION_SELECT}
           where ${[...conditions, ...keyset].join(' and ')}
           order by x.due_on, x.id limit ?`,
          [...params, ...(after ?? []), rows],
        );
      },
      (row) => [row.due_on, row.id],
      (row) => rectificationReply(row, today),
    );
  }

  async get(id: string, caller: Principal): Promise<Rectification> {
    const row = await readRectification(this.orm.em.fork(), id, false);
    if (!row || !Scope.of(caller).includes(row.division)) {
      throw new GovError('RECTIFICATION.NOT_FOUND', undefined, { id });
    }
    return rectificationReply(row, localDateOf(this.clock.now()));
  }
}

/** A cursor's key as this list makes it: a due day and a task id. */
function validKey(key: readonly (string | number)[]): boolean {
  const [dueOn, id] = key;
  return (
    typeof dueOn === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(dueOn) &&
    typeof id === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)
  );
}
