import { type LocalDate } from '@gov/calendar';
import { demoSeedStaffOf } from './demo-case-seed';
import { workingDaysBefore } from './demo-cases';

const weekdays = (date: LocalDate) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

describe('demonstration cases', () => {
  it('counts working days back from today, skipping weekends', () => {
    // Thursday 2026-11-26: back over the weekend of 21–22 November.
    expect(workingDaysBefore('2026-11-26' as LocalDate, 0, weekdays)).toBe('2026-11-26');
    expect(workingDaysBefore('2026-11-26' as LocalDate, 3, weekdays)).toBe('2026-11-23');
    expect(workingDaysBefore('2026-11-26' as LocalDate, 4, weekdays)).toBe('2026-11-20');
  });

  it('reads the demonstration staff from CASES_DEMO_SEED, or none when it is empty', () => {
    expect(demoSeedStaffOf('')).toBeNull();
    expect(demoSeedStaffOf(' clerk-sub , approver-sub ')).toEqual({
      clerkSubject: 'clerk-sub',
      approverSubject: 'approver-sub',
    });
    expect(() => demoSeedStaffOf('only-one')).toThrow('CASES_DEMO_SEED must be');
  });
});
