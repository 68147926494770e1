import type { WorkingCalendar } from '@gov/calendar';
import type { CaseState } from './case-state';
import { legalClock, type LegalClock, type LegalClockInput } from './legal-clock';

/**
 * The clock input of a case: its acceptance, limits, extension and suspensions. The clock stops
 * for good at the decision — the statutory limit binds the decision (Art. 42) — or at a
 * withdrawal after acceptance; conclusion and delivery follow the decision and do not move it.
 */
export function legalClockInputOf(state: CaseState): LegalClockInput {
  const stoppedAt = state.decision?.at ?? (state.acceptance ? state.withdrawal?.at : undefined);
  return {
    receivedAt: state.receivedAt,
    acceptedOn: state.acceptance?.acceptedOn,
    statutoryDays: state.limits.statutory,
    promisedDays: state.limits.promised,
    extensionDays: state.extension?.days ?? 0,
    suspensions: state.suspensions.map(({ suspendedOn, resumedOn }) =>
      resumedOn === undefined ? { suspendedOn } : { suspendedOn, resumedOn },
    ),
    stoppedAt,
  };
}

/** The legal clock of a case at `now` on the centre's calendar. */
export function legalClockOf(state: CaseState, calendar: WorkingCalendar, now: Date): LegalClock {
  return legalClock(legalClockInputOf(state), calendar, now);
}
