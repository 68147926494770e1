import { type WorkingCalendar } from '@gov/calendar';
import { acceptancePeriod, type CaseState, legalClockOf } from '@gov/case';
import { type CaseRecord } from '../case.entity';

/** The deadline columns of a case, as `case-deadlines` computes them. */
export type DeadlineColumns = Pick<
  CaseRecord,
  'acceptanceEndsAt' | 'clockPhase' | 'statutoryDueOn' | 'promisedDueOn'
>;

/**
 * The deadlines of a case on its centre's calendar, for the indexed columns: when the acceptance
 * period runs out (only while the case waits for acceptance), the clock's phase, and the statutory
 * and promised due dates once accepted. A suspended case has none: its due dates would be those
 * if it resumed today, moving every day it stays suspended, and a suspended case is never overdue.
 */
export function deadlineColumns(
  state: CaseState,
  calendar: WorkingCalendar,
  now: Date,
): DeadlineColumns {
  const clock = legalClockOf(state, calendar, now);
  const acceptanceEndsAt =
    state.status === 'submitted'
      ? acceptancePeriod(state.lastReceivedAt, calendar, now).endsAt
      : null;
  if (clock.phase === 'not-started' || clock.phase === 'suspended') {
    return { acceptanceEndsAt, clockPhase: clock.phase, statutoryDueOn: null, promisedDueOn: null };
  }
  return {
    acceptanceEndsAt,
    clockPhase: clock.phase,
    statutoryDueOn: clock.statutory.dueDate,
    promisedDueOn: clock.promised.dueDate,
  };
}

/** Whether `next` differs from the columns the record holds. */
export function deadlinesMoved(record: CaseRecord, next: DeadlineColumns): boolean {
  return (
    record.acceptanceEndsAt?.getTime() !== next.acceptanceEndsAt?.getTime() ||
    record.clockPhase !== next.clockPhase ||
    record.statutoryDueOn !== next.statutoryDueOn ||
    record.promisedDueOn !== next.promisedDueOn
  );
}
