import {
  addCalendarDays,
  endOfLocalDay,
  localDateOf,
  type DateInterval,
  type LocalDate,
  type WorkingCalendar,
} from '@gov/calendar';

/** A stop of the clock as the days it started and ended; open while `resumedOn` is absent. */
export interface SuspensionPeriod {
  readonly suspendedOn: LocalDate;
  readonly resumedOn?: LocalDate;
}

/** Everything the legal clock depends on; the same input always gives the same answer. */
export interface LegalClockInput {
  readonly receivedAt: Date;
  /** Absent while the clock has not started (submitted, correction requested, never accepted). */
  readonly acceptedOn?: LocalDate;
  /** Working days. */
  readonly statutoryDays: number;
  /** Working days; 0 for an on-the-spot item (due the day of acceptance). */
  readonly promisedDays: number;
  /** Working days added to the statutory limit by the one extension; 0 or absent without one. */
  readonly extensionDays?: number;
  readonly suspensions?: readonly SuspensionPeriod[];
  /** When the clock stopped for good: the decision (or a withdrawal after acceptance). */
  readonly stoppedAt?: Date;
}

/** One deadline (statutory or promised) as seen at the evaluation instant. */
export interface DeadlineStatus {
  /** Working days, the extension included for the statutory deadline. */
  readonly limit: number;
  /** The last working day; the time runs out at its 24:00 Asia/Shanghai. */
  readonly dueDate: LocalDate;
  readonly dueAt: Date;
  /** `limit − elapsed`: negative once working days have passed beyond the deadline. */
  readonly remaining: number;
  /**
   * True when the evaluation instant (now, or when the clock stopped) is at or after `dueAt`. On
   * non-working days right after the due date a case is overdue with `remaining` still 0.
   */
  readonly overdue: boolean;
  readonly provisional: boolean;
}

/** The clock of a case not (yet) accepted: nothing counts. */
export interface NotStartedLegalClock {
  readonly phase: 'not-started';
  readonly receivedOn: LocalDate;
}

/** The clock of an accepted case. */
export interface StartedLegalClock {
  /** Running; stopped for a while (suspended); or stopped for good (decided, withdrawn). */
  readonly phase: 'running' | 'suspended' | 'stopped';
  readonly receivedOn: LocalDate;
  /** The day of acceptance: not counted itself, counting starts the next working day. */
  readonly countsFrom: LocalDate;
  /** The last day counted: today, or the day the clock stopped. */
  readonly asOf: LocalDate;
  /** Working days counted in (countsFrom, asOf], suspended days excluded. */
  readonly elapsed: number;
  /** The days not counted because the clock was stopped, per `uncountedDays`. */
  readonly uncounted: readonly DateInterval[];
  readonly statutory: DeadlineStatus;
  readonly promised: DeadlineStatus;
  /** True when any answer above depends on a year without an announced calendar. */
  readonly provisional: boolean;
}

/** What `legalClock` answers. */
export type LegalClock = NotStartedLegalClock | StartedLegalClock;

/**
 * The days a suspension keeps off the clock, or null when none. Convention (the law's own way of
 * counting days, 行政许可法 Art. 82 with 民法典 Art. 201: the day an event happens is not counted,
 * counting starts the next day): the day the case is suspended still counts — it was under review
 * that day — and the suspension's own time runs from the next day through the day it resumes; the
 * clock restarts the day after resumption, exactly as after acceptance. So the days not counted
 * are (suspendedOn, resumedOn], and a suspension resumed the day it began stops nothing. An open
 * suspension runs through `asOf`; its due dates are those if it resumed today (the earliest).
 */
export function uncountedDays(period: SuspensionPeriod, asOf: LocalDate): DateInterval | null {
  const from = addCalendarDays(period.suspendedOn, 1);
  const resumedOn = period.resumedOn ?? asOf;
  const to = resumedOn < asOf ? resumedOn : asOf;
  return from <= to ? { from, to } : null;
}

/**
 * The legal clock at `now` (DOMAIN.md §4 "Counting"): due dates, elapsed and remaining working
 * days, overdue and provisional flags. A pure function of its inputs: when the centre's calendar
 * changes, calling it again gives the new due dates.
 */
export function legalClock(
  input: LegalClockInput,
  calendar: WorkingCalendar,
  now: Date,
): LegalClock {
  checkDays('statutoryDays', input.statutoryDays);
  checkDays('promisedDays', input.promisedDays);
  checkDays('extensionDays', input.extensionDays ?? 0);
  const receivedOn = localDateOf(input.receivedAt);
  const countsFrom = input.acceptedOn;
  if (countsFrom === undefined) {
    return { phase: 'not-started', receivedOn };
  }
  const evaluatedAt = input.stoppedAt ?? now;
  const evaluatedOn = localDateOf(evaluatedAt);
  const asOf = evaluatedOn < countsFrom ? countsFrom : evaluatedOn;
  const suspensions = input.suspensions ?? [];
  const uncounted = suspensions
    .map((period) => uncountedDays(period, asOf))
    .filter((interval): interval is DateInterval => interval !== null);
  const options = { suspended: uncounted };
  const counted = calendar.countWorkingDays(countsFrom, asOf, options);

  const deadline = (limit: number): DeadlineStatus => {
    const due = calendar.addWorkingDays(countsFrom, limit, options);
    const dueAt = endOfLocalDay(due.date);
    return {
      limit,
      dueDate: due.date,
      dueAt,
      remaining: limit - counted.days,
      overdue: evaluatedAt.getTime() >= dueAt.getTime(),
      provisional: due.provisional,
    };
  };
  const statutory = deadline(input.statutoryDays + (input.extensionDays ?? 0));
  const promised = deadline(input.promisedDays);
  const open = suspensions.some(
    (period) => period.resumedOn === undefined && period.suspendedOn <= asOf,
  );
  return {
    phase: input.stoppedAt ? 'stopped' : open ? 'suspended' : 'running',
    receivedOn,
    countsFrom,
    asOf,
    elapsed: counted.days,
    uncounted,
    statutory,
    promised,
    provisional: counted.provisional || statutory.provisional || promised.provisional,
  };
}

function checkDays(name: string, days: number): void {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(
      `${name} must be a non-negative integer number of working days, got ${days}`,
    );
  }
}
