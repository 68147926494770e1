import { localDateOf, type WorkingCalendar } from '@gov/calendar';
import { acceptancePeriod, type CaseState, legalClockOf } from '@gov/case';
import {
  firstWarningOn,
  type WatchedDeadline,
  yellowWarningDay,
} from '../../supervision/warnings/warning-days';
import { type CaseRecord } from '../case.entity';

/** The deadline columns of a case, as `case-deadlines` computes them. */
export type DeadlineColumns = Pick<
  CaseRecord,
  | 'acceptanceEndsAt'
  | 'clockPhase'
  | 'statutoryDueOn'
  | 'promisedDueOn'
  | 'promisedWarnOn'
  | 'statutoryWarnOn'
  | 'nextWarningOn'
>;

/** The warning columns of a case whose clock is not running: nothing is watched. */
const UNWATCHED = { promisedWarnOn: null, statutoryWarnOn: null, nextWarningOn: null } as const;

/**
 * The deadlines of a case on its centre's calendar, for the indexed columns: when the acceptance
 * period runs out (only while the case waits for acceptance), the clock's phase, and the statutory
 * and promised due dates once accepted. A suspended case has none: its due dates would be those
 * if it resumed today, moving every day it stays suspended, and a suspended case is never overdue.
 * While the clock runs, also the deadline watch's columns (电子监察): the first day of each
 * deadline's yellow warning at `yellowDays` remaining working days (the threshold that applies to
 * the case, `WarningThresholds`), and the earliest day a warning may be due.
 */
export function deadlineColumns(
  state: CaseState,
  calendar: WorkingCalendar,
  now: Date,
  yellowDays: number,
): DeadlineColumns {
  const clock = legalClockOf(state, calendar, now);
  const acceptanceEndsAt =
    state.status === 'submitted'
      ? acceptancePeriod(state.lastReceivedAt, calendar, now).endsAt
      : null;
  if (clock.phase === 'not-started' || clock.phase === 'suspended') {
    return {
      acceptanceEndsAt,
      clockPhase: clock.phase,
      statutoryDueOn: null,
      promisedDueOn: null,
      ...UNWATCHED,
    };
  }
  const dueDates = {
    acceptanceEndsAt,
    clockPhase: clock.phase,
    statutoryDueOn: clock.statutory.dueDate,
    promisedDueOn: clock.promised.dueDate,
  };
  if (clock.phase !== 'running') return { ...dueDates, ...UNWATCHED };
  const promised: WatchedDeadline = {
    deadline: 'promised',
    warnOn: yellowWarningDay(clock, clock.promised.limit, yellowDays, calendar),
    dueOn: clock.promised.dueDate,
  };
  const statutory: WatchedDeadline = {
    deadline: 'statutory',
    warnOn: yellowWarningDay(clock, clock.statutory.limit, yellowDays, calendar),
    dueOn: clock.statutory.dueDate,
  };
  return {
    ...dueDates,
    promisedWarnOn: promised.warnOn,
    statutoryWarnOn: statutory.warnOn,
    nextWarningOn: firstWarningOn([promised, statutory], localDateOf(now)),
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
