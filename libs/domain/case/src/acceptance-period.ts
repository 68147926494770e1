import { endOfLocalDay, localDateOf, type LocalDate, type WorkingCalendar } from '@gov/calendar';
import type { CaseState } from './case-state';

/** 行政许可法 Art. 32: accept, refuse or give the one-time notice within 5 (working) days of receipt. */
export const ACCEPTANCE_PERIOD_WORKING_DAYS = 5;

/** Where a submission stands against the acceptance period. */
export interface AcceptancePeriod {
  /** The day of receipt: a deemed acceptance counts from it. */
  readonly receivedOn: LocalDate;
  /** The 5th working day after receipt. */
  readonly lastDay: LocalDate;
  /** 24:00 of `lastDay` (Asia/Shanghai): from this instant on, the application counts as accepted. */
  readonly endsAt: Date;
  /** True when `now` is at or after `endsAt`. */
  readonly expired: boolean;
  /** True when the period reaches into a year without an announced calendar. */
  readonly provisional: boolean;
}

/**
 * The acceptance period of an application received at `receivedAt`, seen at `now`. After a
 * correction the period runs again from the resubmission: the organ has 5 working days to act on
 * the corrected application, and a deemed acceptance counts from the day it was received.
 */
export function acceptancePeriod(
  receivedAt: Date,
  calendar: WorkingCalendar,
  now: Date,
): AcceptancePeriod {
  const receivedOn = localDateOf(receivedAt);
  const last = calendar.addWorkingDays(receivedOn, ACCEPTANCE_PERIOD_WORKING_DAYS);
  const endsAt = endOfLocalDay(last.date);
  return {
    receivedOn,
    lastDay: last.date,
    endsAt,
    expired: now.getTime() >= endsAt.getTime(),
    provisional: last.provisional,
  };
}

/** The answer of `deemedAcceptanceOf`. */
export type DeemedAcceptance =
  | { readonly due: false; readonly endsAt?: Date }
  | { readonly due: true; readonly acceptedOn: LocalDate; readonly endsAt: Date };

/**
 * Whether the case is due for deemed acceptance at `now` and, if so, the day acceptance counts
 * from. Only a case still waiting for an acceptance decision (`submitted`) can be due; a case in
 * correction has had its notice in time. `endsAt` is the instant the scheduler should look at it.
 */
export function deemedAcceptanceOf(
  state: CaseState,
  calendar: WorkingCalendar,
  now: Date,
): DeemedAcceptance {
  if (state.status !== 'submitted') {
    return { due: false };
  }
  const period = acceptancePeriod(state.lastReceivedAt, calendar, now);
  return period.expired
    ? { due: true, acceptedOn: period.receivedOn, endsAt: period.endsAt }
    : { due: false, endsAt: period.endsAt };
}
