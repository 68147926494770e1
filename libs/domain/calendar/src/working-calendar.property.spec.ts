import fc from 'fast-check';
import type { CalendarLayer } from './calendar-layer';
import { dayNumberOf, toLocalDate, yearOf, type LocalDate } from './local-date';
import type { DateInterval } from './suspension';
import { WEEKDAYS, weekdayOf, type Weekday } from './weekday';
import { WorkingCalendar } from './working-calendar';

// Dates are drawn from a window of about 16 months so that holidays, 调休, overrides and
// suspensions often fall inside the counted spans, and spans often cross a year end.
const FIRST = dayNumberOf('2025-11-01');
const LAST = dayNumberOf('2027-02-28');
const YEARS = [2025, 2026, 2027];

const date = fc.integer({ min: FIRST, max: LAST }).map(toLocalDate);
const workingDays = fc.integer({ min: 0, max: 80 });

/** A layer as an administrator might type it, before the rules of one layer are applied. */
const rawLayer = fc.record({
  weekendDays: fc.option(fc.subarray([...WEEKDAYS], { maxLength: 6 }), { nil: undefined }),
  announcedYears: fc.subarray(YEARS),
  holidays: fc.array(date, { maxLength: 40 }),
  adjustedWorkdays: fc.array(date, { maxLength: 10 }),
  overrides: fc.array(fc.tuple(date, fc.boolean()), { maxLength: 10 }),
});
type RawLayer = typeof rawLayer extends fc.Arbitrary<infer T> ? T : never;

/** Turns raw layers into valid ones: each date once per layer, 调休 only on that layer's weekend. */
function validLayers(raws: readonly RawLayer[]): CalendarLayer[] {
  let weekend: readonly Weekday[] = ['saturday', 'sunday'];
  return raws.map((raw, index) => {
    weekend = raw.weekendDays ?? weekend;
    const seen = new Set<string>();
    const fresh = (day: string) => {
      const first = !seen.has(day);
      seen.add(day);
      return first;
    };
    const holidays = raw.holidays.filter(fresh).map((day) => ({ date: day, name: '节日' }));
    const adjustedWorkdays = raw.adjustedWorkdays
      .filter((day) => weekend.includes(weekdayOf(day)) && fresh(day))
      .map((day) => ({ date: day, name: '调休' }));
    const overrides = raw.overrides
      .filter(([day]) => fresh(day))
      .map(([day, working]) => ({ date: day, working, reason: '本地调整' }));
    return { ...raw, name: `层级${index}`, holidays, adjustedWorkdays, overrides };
  });
}

const layers = fc.array(rawLayer, { maxLength: 4 }).map(validLayers);
const calendar = layers.map((stack) => WorkingCalendar.fromLayers(stack));
const suspensions = fc.array(
  fc
    .tuple(date, fc.integer({ min: 0, max: 20 }))
    .map(([from, length]): DateInterval => ({ from, to: shift(from, length) })),
  { maxLength: 4 },
);

function shift(day: LocalDate, days: number): LocalDate {
  return toLocalDate(dayNumberOf(day) + days);
}

function isSuspended(day: LocalDate, suspended: readonly DateInterval[]): boolean {
  return suspended.some(({ from, to }) => from <= day && day <= to);
}

/** The obvious day-by-day count of (from, to], as the oracle for the fast one. */
function walkCount(
  cal: WorkingCalendar,
  from: LocalDate,
  to: LocalDate,
  suspended: readonly DateInterval[],
): number {
  let count = 0;
  for (let day = shift(from, 1); day <= to; day = shift(day, 1)) {
    count += Number(cal.isWorkingDay(day) && !isSuspended(day, suspended));
  }
  return count;
}

describe('working calendar properties', () => {
  it('counts n working days back from the deadline n working days after any start', () => {
    fc.assert(
      fc.property(calendar, date, workingDays, suspensions, (cal, start, n, suspended) => {
        const deadline = cal.addWorkingDays(start, n, { suspended });
        return cal.countWorkingDays(start, deadline.date, { suspended }).days === n;
      }),
    );
  });

  it('never lands a deadline on a non-working or suspended day', () => {
    fc.assert(
      fc.property(
        calendar,
        date,
        fc.integer({ min: 1, max: 80 }),
        suspensions,
        (cal, start, n, suspended) => {
          const { date: due } = cal.addWorkingDays(start, n, { suspended });
          return due > start && cal.isWorkingDay(due) && !isSuspended(due, suspended);
        },
      ),
    );
  });

  it('moves the deadline strictly later with every extra working day', () => {
    fc.assert(
      fc.property(
        calendar,
        date,
        workingDays,
        fc.integer({ min: 1, max: 30 }),
        suspensions,
        (cal, start, n, extra, suspended) =>
          cal.addWorkingDays(start, n, { suspended }).date <
          cal.addWorkingDays(start, n + extra, { suspended }).date,
      ),
    );
  });

  it('never gives an earlier deadline when the clock was stopped', () => {
    fc.assert(
      fc.property(calendar, date, workingDays, suspensions, (cal, start, n, suspended) => {
        return (
          cal.addWorkingDays(start, n, { suspended }).date >= cal.addWorkingDays(start, n).date
        );
      }),
    );
  });

  it('counts exactly the working, unsuspended days a day-by-day walk finds, negated when reversed', () => {
    fc.assert(
      fc.property(calendar, date, date, suspensions, (cal, a, b, suspended) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const forward = cal.countWorkingDays(from, to, { suspended }).days;
        const backward = cal.countWorkingDays(to, from, { suspended }).days;
        return forward === walkCount(cal, from, to, suspended) && backward === 0 - forward;
      }),
    );
  });

  it('lets a lower layer’s override of a date win over whatever the province says', () => {
    fc.assert(
      fc.property(layers, date, fc.boolean(), (stack, day, working) => {
        const county: CalendarLayer = {
          name: '某县',
          overrides: [{ date: day, working, reason: '县级调整' }],
        };
        const cal = WorkingCalendar.fromLayers([...stack, county]);
        const described = cal.describeDay(day);
        return cal.isWorkingDay(day) === working && described.layer === '某县';
      }),
    );
  });

  it('marks an answer provisional exactly when a counted day lies in an unannounced year', () => {
    fc.assert(
      fc.property(layers, date, workingDays, (stack, start, n) => {
        const cal = WorkingCalendar.fromLayers(stack);
        const announced = new Set(stack.flatMap((layer) => layer.announcedYears ?? []));
        const deadline = cal.addWorkingDays(start, n);
        let expected = false;
        for (let day = dayNumberOf(start) + 1; day <= dayNumberOf(deadline.date); day += 1) {
          expected ||= !announced.has(yearOf(day));
        }
        return (
          deadline.provisional === expected &&
          cal.countWorkingDays(start, deadline.date).provisional === expected
        );
      }),
    );
  });
});
