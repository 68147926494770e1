import { addCalendarDays, type LocalDate, type WorkingCalendar } from '@gov/calendar';
import { type StartedLegalClock } from '@gov/case';
import { type WarningDeadline, type WarningLevel } from '@gov/contracts';

/**
 * The default yellow threshold (DOMAIN.md §4): max(2, ⌈20% of the promised limit⌉) working days,
 * used for both deadlines. Integer arithmetic: ⌈p / 5⌉ never suffers a float's 0.2 × 15 = 3.0000…4.
 */
export function defaultYellowDays(promisedLimit: number): number {
  return Math.max(2, Math.ceil(promisedLimit / 5));
}

/**
 * The first day a deadline's yellow warning is due: the first day on which the remaining working
 * days (`legalClockOf`'s `remaining = limit − elapsed`) have fallen to `yellowDays`. Counted from
 * the clock's start with the same calendar and the same uncounted (suspended) days as the due date
 * itself, so it is exactly the day `legalClockOf` first answers `remaining <= yellowDays`: the
 * `yellowDays`-th counted working day before the due date, or the day of acceptance when the
 * threshold is as long as the limit.
 */
export function yellowWarningDay(
  clock: StartedLegalClock,
  limit: number,
  yellowDays: number,
  calendar: WorkingCalendar,
): LocalDate {
  const elapsedAtWarning = Math.max(0, limit - yellowDays);
  return calendar.addWorkingDays(clock.countsFrom, elapsedAtWarning, { suspended: clock.uncounted })
    .date;
}

/** One watched deadline of a running case: when its yellow warning is due, and its last day. */
export interface WatchedDeadline {
  readonly deadline: WarningDeadline;
  readonly warnOn: LocalDate;
  readonly dueOn: LocalDate;
}

/** A warning the watch must raise. */
export interface DueWarning {
  readonly deadline: WarningDeadline;
  readonly level: WarningLevel;
  readonly dueOn: LocalDate;
}

/**
 * The warnings due on `today`: yellow from its first day through the due date (a deadline ends at
 * 24:00 of its due date); red from the next calendar day on. A case found only after its deadline
 * passed gets the red warning alone — a yellow "about to expire" would then be false.
 */
export function warningsDueOn(
  deadlines: readonly WatchedDeadline[],
  today: LocalDate,
): DueWarning[] {
  return deadlines.flatMap(({ deadline, warnOn, dueOn }): DueWarning[] => {
    if (today > dueOn) return [{ deadline, level: 'red', dueOn }];
    if (today >= warnOn) return [{ deadline, level: 'yellow', dueOn }];
    return [];
  });
}

/**
 * After the warnings due on `today` are raised: the next day one may be due (the yellow's first
 * day, or the day after the due date), or null when both deadlines have turned red.
 */
export function nextWarningAfter(
  deadlines: readonly WatchedDeadline[],
  today: LocalDate,
): LocalDate | null {
  return earliest(
    deadlines.map(({ warnOn, dueOn }) => {
      const redOn = addCalendarDays(dueOn, 1);
      if (today < warnOn) return warnOn;
      return today < redOn ? redOn : null;
    }),
  );
}

/**
 * The earliest day a warning may be due, as the case's columns are computed (by a transition, the
 * submission or the refresh sweep): the yellow's first day while the deadline has not passed —
 * possibly today or earlier, as it may not have been raised yet — else the red's. The watch raises
 * nothing twice, so looking once more at a case that already warned costs one indexed row.
 */
export function firstWarningOn(
  deadlines: readonly WatchedDeadline[],
  today: LocalDate,
): LocalDate | null {
  return earliest(
    deadlines.map(({ warnOn, dueOn }) => (today <= dueOn ? warnOn : addCalendarDays(dueOn, 1))),
  );
}

function earliest(days: readonly (LocalDate | null)[]): LocalDate | null {
  return days.reduce<LocalDate | null>(
    (first, day) => (day !== null && (first === null || day < first) ? day : first),
    null,
  );
}
