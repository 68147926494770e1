import { endOfLocalDay, parseLocalDate } from './local-date';
import { officialChinaCalendar } from './official/official-china-calendar';
import { WorkingCalendar } from './working-calendar';

const d = parseLocalDate;
const calendar = WorkingCalendar.fromLayers([officialChinaCalendar()]);

describe('deadlines in working days', () => {
  it('does not count the day of receipt and skips 国庆中秋 2025 but counts its Sunday 调休', () => {
    // Fri 26 Sep received; Sun 28 (调休), Mon 29, Tue 30, then 1–8 Oct off, Thu 9, Fri 10.
    expect(calendar.addWorkingDays(d('2025-09-26'), 5)).toEqual({
      date: '2025-10-10',
      provisional: false,
    });
  });

  it('counts the Saturday 调休 after 国庆中秋 as a working day', () => {
    expect(calendar.addWorkingDays(d('2025-10-10'), 1).date).toBe('2025-10-11');
  });

  it('ends a deadline on the Friday before a weekend without stretching it over the weekend', () => {
    const deadline = calendar.addWorkingDays(d('2025-06-06'), 5);
    expect(deadline.date).toBe('2025-06-13');
    expect(endOfLocalDay(deadline.date).toISOString()).toBe('2025-06-13T16:00:00.000Z');
    expect(calendar.addWorkingDays(d('2025-06-06'), 6).date).toBe('2025-06-16');
  });

  it('starts counting on the next working day when the application arrives on a weekend', () => {
    expect(calendar.addWorkingDays(d('2025-06-07'), 1).date).toBe('2025-06-09');
  });

  it('gives the 20-day statutory limit of an application accepted before 国庆中秋', () => {
    expect(calendar.addWorkingDays(d('2025-09-26'), 20).date).toBe('2025-10-30');
  });

  it('is due the same day for zero working days, even on a holiday', () => {
    expect(calendar.addWorkingDays(d('2025-10-01'), 0)).toEqual({
      date: '2025-10-01',
      provisional: false,
    });
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p working days', (n) => {
    expect(() => calendar.addWorkingDays(d('2025-10-01'), n)).toThrow(RangeError);
  });

  it('refuses a deadline beyond the last supported date', () => {
    expect(() => calendar.addWorkingDays(d('9999-12-30'), 5)).toThrow(RangeError);
  });
});

describe('counting working days', () => {
  it('counts from the day after `from` up to and including `to`, the inverse of adding', () => {
    expect(calendar.countWorkingDays(d('2025-09-26'), d('2025-10-10'))).toEqual({
      days: 5,
      provisional: false,
    });
    expect(calendar.countWorkingDays(d('2025-10-09'), d('2025-10-09')).days).toBe(0);
  });

  it('answers a negative count once the deadline has passed', () => {
    expect(calendar.countWorkingDays(d('2025-10-10'), d('2025-09-26')).days).toBe(-5);
  });

  it('counts 248 working days in 2025, as the State Council arrangement gives', () => {
    expect(calendar.countWorkingDays(d('2024-12-31'), d('2025-12-31'))).toEqual({
      days: 248,
      provisional: false,
    });
  });
});

describe('suspended time', () => {
  const suspended = [{ from: d('2025-06-10'), to: d('2025-06-11') }];

  it('stops the clock while the case is suspended', () => {
    // Fri 6 Jun accepted; Mon 9 counts, Tue 10–Wed 11 suspended, then Thu 12 … Tue 17.
    expect(calendar.addWorkingDays(d('2025-06-06'), 5, { suspended }).date).toBe('2025-06-17');
    expect(calendar.countWorkingDays(d('2025-06-06'), d('2025-06-17'), { suspended }).days).toBe(5);
  });

  it('takes overlapping suspensions in any order as their union', () => {
    const messy = [
      { from: d('2025-06-12'), to: d('2025-06-13') },
      { from: d('2025-06-10'), to: d('2025-06-12') },
      { from: d('2025-06-11'), to: d('2025-06-11') },
    ];
    const union = [{ from: d('2025-06-10'), to: d('2025-06-13') }];
    expect(calendar.addWorkingDays(d('2025-06-06'), 5, { suspended: messy })).toEqual(
      calendar.addWorkingDays(d('2025-06-06'), 5, { suspended: union }),
    );
    expect(calendar.addWorkingDays(d('2025-06-06'), 5, { suspended: messy }).date).toBe(
      '2025-06-19',
    );
  });

  it('ignores suspensions outside the counted days', () => {
    const elsewhere = [{ from: d('2025-01-01'), to: d('2025-06-06') }];
    expect(calendar.addWorkingDays(d('2025-06-06'), 5, { suspended: elsewhere }).date).toBe(
      '2025-06-13',
    );
  });

  it('refuses a suspension that ends before it starts', () => {
    const backwards = [{ from: d('2025-06-11'), to: d('2025-06-10') }];
    expect(() => calendar.addWorkingDays(d('2025-06-06'), 5, { suspended: backwards })).toThrow(
      RangeError,
    );
  });
});

describe('years without an announcement', () => {
  it('counts weekends only and marks the deadline provisional once it reaches 2027', () => {
    // Wed 30 Dec 2026; Thu 31, then Fri 1 Jan 2027 (no announcement yet), Mon 4, Tue 5, Wed 6.
    expect(calendar.addWorkingDays(d('2026-12-30'), 5)).toEqual({
      date: '2027-01-06',
      provisional: true,
    });
    expect(calendar.isProvisional(d('2027-01-01'))).toBe(true);
    expect(calendar.isWorkingDay(d('2027-01-01'))).toBe(true);
  });

  it('does not mark a deadline provisional because the day of receipt lies in such a year', () => {
    const from2024 = calendar.countWorkingDays(d('2024-12-31'), d('2025-01-03'));
    expect(from2024).toEqual({ days: 2, provisional: false });
  });

  it('marks a count provisional when it reaches into 2027', () => {
    expect(calendar.countWorkingDays(d('2026-12-30'), d('2027-01-06')).provisional).toBe(true);
    expect(calendar.countWorkingDays(d('2026-12-01'), d('2026-12-31')).provisional).toBe(false);
  });
});
