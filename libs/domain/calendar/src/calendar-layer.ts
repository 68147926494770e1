import type { Weekday } from './weekday';

/** A date and what it is called: a public holiday, or an adjusted working day (调休). */
export interface NamedDate {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly name: string;
}

/** A local decision about one date, with the reason kept for the record. */
export interface DateOverride {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** True: the centre works that day; false: it is closed. */
  readonly working: boolean;
  readonly reason: string;
}

/**
 * One level's part of a working calendar, as stored (dates are plain `YYYY-MM-DD` text, checked
 * when the calendar is built). Layers stack national/province first, then city, county, centre;
 * every field is optional and a missing one inherits from the layers above.
 */
export interface CalendarLayer {
  /** Who set this layer, e.g. `浙江省` or `330102`; named in explanations and error messages. */
  readonly name: string;
  /** Replaces the inherited weekend (default Saturday and Sunday); at least one day must remain a working day. */
  readonly weekendDays?: readonly Weekday[];
  /** Years whose State Council holiday announcement this layer carries; other years are provisional. */
  readonly announcedYears?: readonly number[];
  /** Public holidays: non-working even on a weekday. */
  readonly holidays?: readonly NamedDate[];
  /** Adjusted working days (调休): weekend days (of this layer's weekend) that are working days. */
  readonly adjustedWorkdays?: readonly NamedDate[];
  /** Single dates made working or non-working by this level, whatever the layers above say. */
  readonly overrides?: readonly DateOverride[];
}
