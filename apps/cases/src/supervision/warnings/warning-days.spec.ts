import {
  addCalendarDays,
  endOfLocalDay,
  type LocalDate,
  officialChinaCalendar,
  parseLocalDate,
  WorkingCalendar,
} from '@gov/calendar';
import { legalClock, type LegalClockInput, type StartedLegalClock } from '@gov/case';
import {
  defaultYellowDays,
  firstWarningOn,
  nextWarningAfter,
  type WatchedDeadline,
  warningsDueOn,
  yellowWarningDay,
} from './warning-days';

const calendar = WorkingCalendar.fromLayers([officialChinaCalendar()]);
const day = (text: string): LocalDate => parseLocalDate(text);
/** Noon in Beijing of a local day. */
const noonOf = (date: LocalDate) => new Date(endOfLocalDay(date).getTime() - 12 * 3600 * 1000);

function clockOn(input: Omit<LegalClockInput, 'receivedAt'>, today: LocalDate): StartedLegalClock {
  const clock = legalClock(
    { ...input, receivedAt: noonOf(input.acceptedOn ?? today) },
    calendar,
    noonOf(today),
  );
  if (clock.phase === 'not-started') throw new Error('the clock should have started');
  return clock;
}

describe('the default yellow threshold', () => {
  it.each([
    [0, 2],
    [3, 2],
    [10, 2],
    [11, 3],
    [15, 3],
    [20, 4],
    [21, 5],
  ])('is max(2, ⌈20%% of %i⌉) = %i working days', (promised, expected) => {
    expect(defaultYellowDays(promised)).toBe(expected);
  });
});

describe('the first day of a yellow warning', () => {
  const accepted = {
    acceptedOn: day('2025-09-26'),
    statutoryDays: 20,
    promisedDays: 10,
  };

  it('is the first day legalClockOf counts no more remaining working days than the threshold', () => {
    // Across the National Day week (2025-10-01..08 off, 09-28 and 10-11 worked) and a weekend.
    for (const threshold of [0, 1, 2, 3, 5, 10, 25]) {
      const warnOn = yellowWarningDay(
        clockOn(accepted, day('2025-09-26')),
        20,
        threshold,
        calendar,
      );
      for (
        let date = day('2025-09-26');
        date <= day('2025-11-10');
        date = addCalendarDays(date, 1)
      ) {
        const remaining = clockOn(accepted, date).statutory.remaining;
        expect([date, remaining <= threshold]).toEqual([date, date >= warnOn]);
      }
    }
  });

  it('falls the threshold’s working days before the due date, skipping holidays', () => {
    const clock = clockOn(accepted, day('2025-09-26'));
    // Counted: 09-28 (adjusted working Sunday), 09-29, 09-30, 10-09, 10-10, 10-11 (Saturday
    // worked), 10-13, 10-14, 10-15, 10-16.
    expect(clock.promised.dueDate).toBe('2025-10-16');
    // After Tuesday 10-14, 2 working days are left: Wednesday and Thursday.
    expect(yellowWarningDay(clock, 10, 2, calendar)).toBe('2025-10-14');
  });

  it('is the day of acceptance when the threshold is as long as the limit', () => {
    const clock = clockOn(accepted, day('2025-09-26'));
    expect(yellowWarningDay(clock, 3, 3, calendar)).toBe('2025-09-26');
    expect(yellowWarningDay(clock, 3, 5, calendar)).toBe('2025-09-26');
  });

  it('leaves out the days a past suspension kept off the clock, as the due date does', () => {
    const suspended = {
      ...accepted,
      suspensions: [{ suspendedOn: day('2025-10-13'), resumedOn: day('2025-10-20') }],
    };
    const clock = clockOn(suspended, day('2025-10-21'));
    const warnOn = yellowWarningDay(clock, 10, 2, calendar);
    // 7 days counted by 10-13; 10-14..10-20 off the clock; the 8th counted day is 10-21.
    expect(clock.promised.dueDate).toBe('2025-10-23');
    expect(warnOn).toBe('2025-10-21');
    expect(clockOn(suspended, warnOn).promised.remaining).toBe(2);
    expect(clockOn(suspended, addCalendarDays(warnOn, -1)).promised.remaining).toBe(3);
  });
});

describe('which warnings are due', () => {
  const promised: WatchedDeadline = {
    deadline: 'promised',
    warnOn: day('2025-10-15'),
    dueOn: day('2025-10-17'),
  };
  const statutory: WatchedDeadline = {
    deadline: 'statutory',
    warnOn: day('2025-10-29'),
    dueOn: day('2025-10-31'),
  };
  const both = [promised, statutory];

  it('raises nothing before the first yellow day', () => {
    expect(warningsDueOn(both, day('2025-10-14'))).toEqual([]);
  });

  it('raises yellow from its first day through the due date itself', () => {
    for (const today of ['2025-10-15', '2025-10-17']) {
      expect(warningsDueOn(both, day(today))).toEqual([
        { deadline: 'promised', level: 'yellow', dueOn: '2025-10-17' },
      ]);
    }
  });

  it('raises red from the calendar day after the due date, and red alone', () => {
    expect(warningsDueOn(both, day('2025-10-18'))).toEqual([
      { deadline: 'promised', level: 'red', dueOn: '2025-10-17' },
    ]);
    expect(warningsDueOn(both, day('2025-11-03'))).toEqual([
      { deadline: 'promised', level: 'red', dueOn: '2025-10-17' },
      { deadline: 'statutory', level: 'red', dueOn: '2025-10-31' },
    ]);
  });

  it('looks next on the earliest day something may be due, and never again once both are red', () => {
    expect(nextWarningAfter(both, day('2025-10-10'))).toBe('2025-10-15');
    expect(nextWarningAfter(both, day('2025-10-15'))).toBe('2025-10-18');
    expect(nextWarningAfter(both, day('2025-10-18'))).toBe('2025-10-29');
    expect(nextWarningAfter(both, day('2025-10-29'))).toBe('2025-11-01');
    expect(nextWarningAfter(both, day('2025-11-01'))).toBeNull();
    expect(nextWarningAfter([], day('2025-11-01'))).toBeNull();
  });

  it('keeps a yellow day that may not have been raised yet when the columns are computed', () => {
    expect(firstWarningOn(both, day('2025-10-16'))).toBe('2025-10-15');
    expect(firstWarningOn(both, day('2025-10-20'))).toBe('2025-10-18');
    expect(firstWarningOn([], day('2025-10-20'))).toBeNull();
  });
});
