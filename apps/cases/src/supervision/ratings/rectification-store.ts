import { type LocalDate } from '@gov/calendar';
import { type Appeal, type CallBack, type Rectification } from '@gov/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';
import { isPending, type RectificationState } from './rectification-rules';

/** A rectification task as read from its table, with its case's number and item and its rating. */
export interface RectificationRow {
  id: string;
  case_id: string;
  division: string;
  opened_at: Date | string;
  due_on: string;
  status: Rectification['status'];
  call_backs: CallBack[];
  result: string | null;
  closed_at: Date | string | null;
  closed_by: string | null;
  appeal: Appeal | null;
  version: number;
  number: string;
  item_code: string;
  item_name: string;
  level: number;
  comment: string | null;
}

/** The columns and joins every read of a task uses; `where` follows. */
export const RECTIFICATION_SELECT = `
  select x.id, x.case_id, x.division, x.opened_at, x.due_on::text as due_on, x.status,
         x.call_backs, x.result, x.closed_at, x.closed_by, x.appeal, x.version,
         c.number, c.item_code, c.item_name, r.level, r.comment
  from cases.rectification x
  join cases.rating r on r.case_id = x.case_id
  join cases."case" c on c.id = x.case_id`;

/** One task by id, optionally locked for the rest of the transaction. */
export async function readRectification(
  em: EntityManager,
  id: string,
  lock: boolean,
): Promise<RectificationRow | undefined> {
  const [row] = await em.execute<RectificationRow[]>(
    `${RECTIFICATION_SELECT} where x.id = ?${lock ? ' for update of x' : ''}`,
    [id],
  );
  return row;
}

/** Writes the changed part of a task under its next version. */
export async function writeRectification(
  em: EntityManager,
  row: RectificationRow,
  next: RectificationState,
): Promise<void> {
  await em.execute(
    `update cases.rectification
     set status = ?, call_backs = ?, result = ?, closed_at = ?, closed_by = ?, appeal = ?,
         version = version + 1
     where id = ?`,
    [
      next.status,
      JSON.stringify(next.callBacks),
      next.result,
      next.closedAt,
      next.closedBy,
      next.appeal === null ? null : JSON.stringify(next.appeal),
      row.id,
    ],
    'run',
  );
}

/** The part of a row its transitions change. */
export function stateOf(row: RectificationRow): RectificationState {
  return {
    status: row.status,
    callBacks: row.call_backs,
    result: row.result,
    closedAt: isoOrNull(row.closed_at),
    closedBy: row.closed_by,
    appeal: row.appeal,
  };
}

/** The task as answered to staff; overdue while pending past its due day (ends at 24:00). */
export function rectificationReply(row: RectificationRow, today: LocalDate): Rectification {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.number,
    division: row.division,
    itemCode: row.item_code,
    itemName: row.item_name,
    level: row.level,
    comment: row.comment,
    status: row.status,
    openedAt: new Date(row.opened_at).toISOString(),
    dueOn: row.due_on,
    overdue: isPending(row.status) && row.due_on < today,
    callBacks: row.call_backs,
    result: row.result,
    closedAt: isoOrNull(row.closed_at),
    closedBy: row.closed_by,
    appeal: row.appeal,
  };
}

/** A timestamp column as RFC 3339 text in UTC. */
function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

/** What the events of a task say: no names, no comment. */
export function rectificationEventData(
  row: Pick<RectificationRow, 'id' | 'case_id' | 'number' | 'item_code' | 'division' | 'level'>,
  state: { status: Rectification['status']; dueOn: string },
  at: Date,
) {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.number,
    itemCode: row.item_code,
    division: row.division,
    level: row.level,
    status: state.status,
    dueOn: state.dueOn,
    at: at.toISOString(),
  };
}
