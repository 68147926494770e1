import { localDateOf, type WorkingCalendar } from '@gov/calendar';
import { type CaseState, legalClockOf } from '@gov/case';
import { type EfficiencyFigures, type EfficiencyGrouping } from '@gov/contracts';

/** A case as the test reads it back from the database, its state revived. */
export interface StoredCase {
  readonly division: string;
  readonly itemCode: string;
  readonly handlingOrgan: string | null;
  readonly receivedAt: Date;
  readonly state: CaseState;
  /** The case's rating, if any: its level, whether annulled, its rectification's status. */
  readonly rating: { level: number; annulled: boolean; rectification: string | null } | null;
}

/** What one concluded case counts for, computed here from its state alone. */
interface Judged {
  readonly workingDays: number;
  readonly onTime: boolean;
  readonly early: boolean;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * The efficiency report recomputed case by case from the cases' own states, without the stored
 * figures or the SQL: each case is put in its group, counted if received, accepted or concluded
 * inside [from 00:00, to 24:00) Beijing time, and a concluded case's clock is run again on its
 * centre's calendar. Keyed by the group's key (null where the case has none) plus `total`.
 */
export function bruteForceReport(
  cases: readonly StoredCase[],
  calendars: ReadonlyMap<string, WorkingCalendar>,
  grouping: EfficiencyGrouping,
  from: string,
  to: string,
): { groups: Map<string | null, EfficiencyFigures>; total: EfficiencyFigures } {
  const startsAt = new Date(`${from}T00:00:00+08:00`).getTime();
  const endsAt = new Date(`${to}T00:00:00+08:00`).getTime() + DAY_MS;
  const within = (at: Date | undefined) =>
    at !== undefined && at.getTime() >= startsAt && at.getTime() < endsAt;
  const buckets = new Map<string | null, StoredCase[]>();
  for (const each of cases) {
    const key = groupOf(each, grouping);
    buckets.set(key, [...(buckets.get(key) ?? []), each]);
  }
  const figuresOf = (members: readonly StoredCase[]): EfficiencyFigures => {
    const concluded = members.filter((each) => within(each.state.concludedAt));
    const judged = concluded.map((each) => judge(each, calendars));
    const days = judged.map((each) => each.workingDays);
    const rated = concluded.flatMap((each) =>
      each.rating && !each.rating.annulled ? [each.rating] : [],
    );
    const bad = rated.filter((rating) => rating.level <= 2);
    const onTime = judged.filter((each) => each.onTime).length;
    const early = judged.filter((each) => each.early).length;
    const rectified = bad.filter((rating) => rating.rectification === 'closed').length;
    return {
      received: members.filter((each) => within(each.receivedAt)).length,
      accepted: members.filter((each) => within(each.state.acceptance?.at)).length,
      concluded: concluded.length,
      onTime,
      onTimeRate: share(onTime, concluded.length),
      early,
      earlyRate: share(early, concluded.length),
      averageWorkingDays: days.length === 0 ? null : sum(days) / days.length,
      p90WorkingDays: percentile(days, 0.9),
      overdue: concluded.length - onTime,
      suspensions: sum(concluded.map((each) => each.state.suspensions.length)),
      extensions: concluded.filter((each) => each.state.extension !== undefined).length,
      rated: rated.length,
      satisfaction: rated.length === 0 ? null : sum(rated.map((r) => r.level)) / rated.length,
      badReviews: bad.length,
      rectified,
      rectificationRate: share(rectified, bad.length),
    };
  };
  const groups = new Map<string | null, EfficiencyFigures>();
  for (const [key, members] of buckets) {
    const figures = figuresOf(members);
    if (figures.received + figures.accepted + figures.concluded > 0) groups.set(key, figures);
  }
  return { groups, total: figuresOf(cases) };
}

function groupOf(each: StoredCase, grouping: EfficiencyGrouping): string | null {
  switch (grouping) {
    case 'department':
      return each.handlingOrgan;
    case 'item':
      return each.itemCode;
    case 'window':
      return each.state.window?.number ?? null;
    case 'staff':
      return (each.state.responsible ?? each.state.firstResponder)?.username ?? null;
    case 'division':
      return each.division;
  }
}

/** On time: concluded on a day up to the promised due date; early: on a day before it, days left. */
function judge(each: StoredCase, calendars: ReadonlyMap<string, WorkingCalendar>): Judged {
  const concludedAt = each.state.concludedAt;
  const calendar = calendars.get(each.division);
  if (concludedAt === undefined || calendar === undefined) throw new Error('not judged');
  const clock = legalClockOf(each.state, calendar, concludedAt);
  if (clock.phase === 'not-started') throw new Error('a concluded case was never accepted');
  const concludedOn = localDateOf(concludedAt);
  return {
    workingDays: clock.elapsed,
    onTime: concludedOn <= clock.promised.dueDate,
    early: concludedOn < clock.promised.dueDate && clock.elapsed < clock.promised.limit,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** PostgreSQL's `percentile_cont`: linear interpolation between the two nearest ranks. */
function percentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const below = sorted[lower] ?? 0;
  return below + ((sorted[upper] ?? below) - below) * (position - lower);
}
