import { localDateOf, type LocalDate, type WorkingCalendar } from '@gov/calendar';
import { type CaseState, legalClockOf } from '@gov/case';

/**
 * What a concluded case counts for in the efficiency statistics (效能评估), fixed at conclusion:
 * later calendar changes or deliveries do not rewrite how a case was judged when it concluded.
 */
export interface CaseFigures {
  /** The window the case was handed over to (its number), if any. */
  readonly window: string | null;
  /** Who answers for the case: the responsible staff, else the first responder (首问负责). */
  readonly staff: string | null;
  readonly acceptedAt: Date;
  readonly concludedAt: Date;
  /**
   * Working days the promised clock counted: from the day after acceptance to the decision (the
   * clock stops for good there, `legalClockOf`), suspended days excluded.
   */
  readonly workingDays: number;
  /** The promised limit (承诺时限) in working days; 0 for an on-the-spot item. */
  readonly promisedLimit: number;
  readonly promisedDueOn: LocalDate;
  /** Concluded on or before the promised due date (before its 24:00, Asia/Shanghai). */
  readonly onTime: boolean;
  /**
   * 提前办结: concluded on a day before the promised due date, having used fewer working days
   * than promised — at least one working day of the promise left. An on-the-spot item (limit 0)
   * concluded on the day is on time, never early.
   */
  readonly early: boolean;
  /** Concluded after the promised due date: the opposite of on time. */
  readonly overdue: boolean;
  /** How many times the clock was stopped (中止 / 特别程序). */
  readonly suspensions: number;
  /** Whether the statutory limit was extended (延期). */
  readonly extended: boolean;
}

/**
 * The figures of a case as it concludes, on its centre's calendar. A case concludes only after a
 * decision, hence after acceptance: a state without one is a bug of the caller.
 */
export function caseFiguresOf(
  state: CaseState,
  calendar: WorkingCalendar,
  concludedAt: Date,
): CaseFigures {
  const clock = legalClockOf(state, calendar, concludedAt);
  if (clock.phase === 'not-started' || state.acceptance === undefined) {
    throw new Error('A case concludes only after acceptance: no figures without a started clock');
  }
  const promised = clock.promised;
  const onTime = concludedAt.getTime() < promised.dueAt.getTime();
  return {
    window: state.window?.number ?? null,
    staff: (state.responsible ?? state.firstResponder)?.username ?? null,
    acceptedAt: state.acceptance.at,
    concludedAt,
    workingDays: clock.elapsed,
    promisedLimit: promised.limit,
    promisedDueOn: promised.dueDate,
    onTime,
    early: onTime && localDateOf(concludedAt) < promised.dueDate && clock.elapsed < promised.limit,
    overdue: !onTime,
    suspensions: state.suspensions.length,
    extended: state.extension !== undefined,
  };
}
