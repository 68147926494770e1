import { GovError } from '@gov/contracts';
import { daysOf, reportPeriod } from './report-period';

function refusal(run: () => unknown): GovError {
  try {
    run();
  } catch (error) {
    if (error instanceof GovError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the period of an efficiency report', () => {
  it('runs from 00:00 of its first day to 24:00 of its last, Beijing time', () => {
    expect(reportPeriod('2025-11-01', '2025-11-30', 366)).toEqual({
      from: '2025-11-01',
      to: '2025-11-30',
      startsAt: new Date('2025-10-31T16:00:00Z'),
      endsAt: new Date('2025-11-30T16:00:00Z'),
    });
  });

  it('lists its days with the instants bounding each, the last ending where the period ends', () => {
    const period = reportPeriod('2025-11-29', '2025-12-01', 366);
    const days = daysOf(period);
    expect(days.map((each) => each.day)).toEqual(['2025-11-29', '2025-11-30', '2025-12-01']);
    expect(days[0]?.startsAt).toEqual(period.startsAt);
    expect(days[1]?.startsAt).toEqual(days[0]?.endsAt);
    expect(days[2]?.endsAt).toEqual(period.endsAt);
  });

  it('takes a single day', () => {
    const day = reportPeriod('2025-11-03', '2025-11-03', 1);
    expect(day.endsAt.getTime() - day.startsAt.getTime()).toBe(24 * 3600 * 1000);
  });

  it('refuses an end before the start with its own code', () => {
    expect(refusal(() => reportPeriod('2025-11-30', '2025-11-01', 366)).code).toBe(
      'STATISTICS.PERIOD_REVERSED',
    );
  });

  it('refuses a period one day longer than the maximum, and takes one of exactly the maximum', () => {
    expect(() => reportPeriod('2025-01-01', '2025-12-31', 365)).not.toThrow();
    const error = refusal(() => reportPeriod('2025-01-01', '2026-01-01', 365));
    expect(error.code).toBe('STATISTICS.PERIOD_TOO_LONG');
    expect(error.details).toMatchObject({ days: 366, maxDays: 365 });
  });

  it('refuses a date that does not exist as invalid input, naming the field', () => {
    const error = refusal(() => reportPeriod('2025-02-30', '2025-03-01', 366));
    expect(error.code).toBe('PLATFORM.VALIDATION_FAILED');
    expect(error.details).toEqual({ field: 'from' });
  });
});
