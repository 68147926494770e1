import { type WorkingCalendar } from '@gov/calendar';
import { type CaseState } from '@gov/case';
import { type EntityManager } from '@mikro-orm/postgresql';
import { type CaseRecord } from '../../cases/case.entity';
import { caseFiguresOf } from './case-figures';

/**
 * Stores the figures of a case that concludes, in the transaction of its `conclude` transition:
 * if that transaction fails the figures go with it, and a case concludes once, so one row per
 * case (a replay of the same conclusion finds the row and leaves it).
 */
export async function recordCaseFigures(
  em: EntityManager,
  record: CaseRecord,
  state: CaseState,
  calendar: WorkingCalendar,
  concludedAt: Date,
): Promise<void> {
  const figures = caseFiguresOf(state, calendar, concludedAt);
  await em.execute(
    `insert into cases.case_figures
       (case_id, division, item_code, item_name, handling_organ, handling_organ_name, "window",
        staff, received_at, accepted_at, concluded_at, working_days, promised_limit,
        promised_due_on, on_time, early, overdue, suspensions, extended)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (case_id) do nothing`,
    [
      record.id,
      record.division,
      record.itemCode,
      record.itemName,
      record.handlingOrgan,
      record.handlingOrganName,
      figures.window,
      figures.staff,
      record.receivedAt,
      figures.acceptedAt,
      figures.concludedAt,
      figures.workingDays,
      figures.promisedLimit,
      figures.promisedDueOn,
      figures.onTime,
      figures.early,
      figures.overdue,
      figures.suspensions,
      figures.extended,
    ],
  );
}
