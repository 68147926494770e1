import { type WorkingCalendar } from '@gov/calendar';
import { type CaseState, legalClockOf } from '@gov/case';
import { type CaseClock } from '@gov/contracts';

/** The legal clock as answered: due dates, elapsed and remaining working days (DOMAIN.md §4). */
export function clockView(state: CaseState, calendar: WorkingCalendar, now: Date): CaseClock {
  const clock = legalClockOf(state, calendar, now);
  if (clock.phase === 'not-started') {
    return {
      phase: clock.phase,
      elapsed: null,
      statutory: null,
      promised: null,
      provisional: false,
    };
  }
  const deadline = (status: typeof clock.statutory) => ({
    limit: status.limit,
    dueDate: status.dueDate,
    remaining: status.remaining,
    overdue: status.overdue,
  });
  return {
    phase: clock.phase,
    elapsed: clock.elapsed,
    statutory: deadline(clock.statutory),
    promised: deadline(clock.promised),
    provisional: clock.provisional,
  };
}
