import { officialChinaCalendar, parseLocalDate, WorkingCalendar } from '@gov/calendar';
import {
  approver,
  beijing,
  calendar,
  CaseStory,
  citizen,
  clerk,
  refusal,
  TWO_MISSING,
  underReview,
} from '../test/case-builders';
import { legalClockOf } from './case-clock';
import type { CaseState } from './case-state';
import { legalClock, type LegalClock, type StartedLegalClock } from './legal-clock';

// Accepted Mon 9 June 2025 (a plain month: no holidays until October). 20 working days after it
// end on Mon 7 July, 10 on Mon 23 June.
function started(clock: LegalClock): StartedLegalClock {
  if (clock.phase === 'not-started') {
    throw new Error('expected the clock to have started');
  }
  return clock;
}

const clockAt = (state: CaseState, local: string, cal = calendar) =>
  started(legalClockOf(state, cal, beijing(local)));

describe('the legal clock', () => {
  it('has not started before acceptance, nor while corrections are awaited', () => {
    const submitted = CaseStory.submitted('2025-06-09T09:00');
    const correcting = submitted.then(TWO_MISSING, clerk, '2025-06-09T10:00');
    for (const { state } of [submitted, correcting]) {
      expect(legalClockOf(state, calendar, beijing('2025-06-20T09:00'))).toEqual({
        phase: 'not-started',
        receivedOn: '2025-06-09',
      });
    }
  });

  it('does not count the day of acceptance and gives both due dates', () => {
    const clock = clockAt(underReview().state, '2025-06-09T17:00');
    expect(clock).toMatchObject({ phase: 'running', countsFrom: '2025-06-09', elapsed: 0 });
    expect(clock.statutory).toEqual({
      limit: 20,
      dueDate: '2025-07-07',
      dueAt: new Date('2025-07-07T16:00:00Z'),
      remaining: 20,
      overdue: false,
      provisional: false,
    });
    expect(clock.promised).toMatchObject({ limit: 10, dueDate: '2025-06-23', remaining: 10 });
  });

  it('counts elapsed working days and what remains of each limit', () => {
    const clock = clockAt(underReview().state, '2025-06-13T17:00');
    expect(clock.elapsed).toBe(4);
    expect([clock.promised.remaining, clock.statutory.remaining]).toEqual([6, 16]);
  });

  describe('suspension (Art. 45)', () => {
    // Suspended Wed 11 June (still counted), resumed Mon 16 June (not counted): 12, 13, 16 stop.
    const suspended = () =>
      underReview().then(
        { action: 'suspend', kind: 'inspection-testing-quarantine', reason: '样品送检' },
        approver,
        '2025-06-11T15:00',
      );
    const resumed = () => suspended().then({ action: 'resume' }, approver, '2025-06-16T10:00');

    it('stops the clock while the case is suspended', () => {
      const thursday = clockAt(suspended().state, '2025-06-12T17:00');
      const friday = clockAt(suspended().state, '2025-06-13T17:00');
      expect([thursday.phase, thursday.elapsed, friday.elapsed]).toEqual(['suspended', 2, 2]);
      expect(friday.promised.remaining).toBe(8);
      // Were it resumed today, 8 more working days from Mon 16 June.
      expect(friday.promised.dueDate).toBe('2025-06-25');
    });

    it('restarts the clock the day after resumption and moves the due dates', () => {
      const clock = clockAt(resumed().state, '2025-06-17T17:00');
      expect(clock.phase).toBe('running');
      expect(clock.uncounted).toEqual([{ from: '2025-06-12', to: '2025-06-16' }]);
      expect(clock.elapsed).toBe(3);
      expect(clock.promised.dueDate).toBe('2025-06-26');
      expect(clock.statutory.dueDate).toBe('2025-07-10');
    });

    it('stops nothing for a suspension resumed the day it began', () => {
      const story = underReview()
        .then({ action: 'suspend', kind: 'hearing', reason: '听证' }, approver, '2025-06-11T09:00')
        .then({ action: 'resume' }, approver, '2025-06-11T16:00');
      expect(clockAt(story.state, '2025-06-12T09:00').statutory.dueDate).toBe('2025-07-07');
    });
  });

  describe('extension (Art. 42)', () => {
    const extended = () =>
      underReview().then(
        { action: 'extend', days: 10, reason: '需组织现场核查' },
        approver,
        '2025-06-30T09:00',
      );

    it('adds the extension to the statutory limit only, once', () => {
      const story = extended();
      expect(story.state.extension).toEqual({
        days: 10,
        reason: '需组织现场核查',
        approvedBy: approver,
        at: beijing('2025-06-30T09:00'),
      });
      const clock = clockAt(story.state, '2025-06-30T09:00');
      expect(clock.statutory).toMatchObject({ limit: 30, dueDate: '2025-07-21' });
      expect(clock.promised).toMatchObject({ limit: 10, dueDate: '2025-06-23' });
      const again = refusal(() =>
        story.then({ action: 'extend', days: 5, reason: '仍需核查' }, approver, '2025-07-01T09:00'),
      );
      expect(again.code).toBe('CASE.ALREADY_EXTENDED');
    });

    it('refuses an extension once the statutory deadline has passed', () => {
      const late = refusal(() =>
        underReview().then(
          { action: 'extend', days: 10, reason: '需核查' },
          approver,
          '2025-07-08T00:00',
        ),
      );
      expect(late.code).toBe('CASE.EXTENSION_AFTER_DEADLINE');
      expect(late.details).toEqual({ dueDate: '2025-07-07' });
    });

    it.each([0, -10, 2.5])('refuses an extension of %p working days', (days) => {
      const error = refusal(() =>
        underReview().then(
          { action: 'extend', days, reason: '需核查' },
          approver,
          '2025-06-10T09:00',
        ),
      );
      expect(error.code).toBe('CASE.EXTENSION_DAYS_INVALID');
    });
  });

  describe('overdue', () => {
    // Promised 4 working days: due Friday 13 June.
    const shortPromise = () =>
      CaseStory.submitted('2025-06-09T09:00', { limits: { statutory: 20, promised: 4 } }).then(
        { action: 'accept' },
        clerk,
        '2025-06-09T10:00',
      );

    it('is overdue from 24:00 of the due date, with nothing left over the weekend', () => {
      expect(clockAt(shortPromise().state, '2025-06-13T23:59').promised).toMatchObject({
        remaining: 0,
        overdue: false,
      });
      expect(clockAt(shortPromise().state, '2025-06-14T00:00').promised).toMatchObject({
        remaining: 0,
        overdue: true,
      });
    });

    it('lets the remaining working days go negative once overdue', () => {
      const clock = clockAt(shortPromise().state, '2025-06-18T09:00');
      expect(clock.promised).toMatchObject({ remaining: -3, overdue: true });
      expect(clock.statutory).toMatchObject({ remaining: 13, overdue: false });
    });

    it('stops for good at the decision and remembers that it came late', () => {
      const decided = shortPromise().then(
        { action: 'decide', outcome: 'approved' },
        approver,
        '2025-06-17T10:00',
      );
      const clock = clockAt(decided.state, '2025-08-01T09:00');
      expect(clock).toMatchObject({ phase: 'stopped', asOf: '2025-06-17', elapsed: 6 });
      expect(clock.promised).toMatchObject({ remaining: -2, overdue: true });
      expect(clock.statutory.overdue).toBe(false);
    });

    it('stops at a withdrawal after acceptance and never starts for one before', () => {
      const withdrawn = underReview().then({ action: 'withdraw' }, citizen, '2025-06-11T10:00');
      expect(clockAt(withdrawn.state, '2025-08-01T09:00')).toMatchObject({
        phase: 'stopped',
        elapsed: 2,
      });
      const early = CaseStory.submitted().then({ action: 'withdraw' }, citizen, '2025-06-10T10:00');
      expect(legalClockOf(early.state, calendar, beijing('2025-08-01T09:00')).phase).toBe(
        'not-started',
      );
    });
  });

  it('gives the new due dates when the centre’s calendar changes', () => {
    const closedFriday = WorkingCalendar.fromLayers([
      officialChinaCalendar(),
      {
        name: '某中心',
        overrides: [{ date: '2025-06-20', working: false, reason: '系统升级停办' }],
      },
    ]);
    const state = underReview().state;
    expect(clockAt(state, '2025-06-10T09:00').promised.dueDate).toBe('2025-06-23');
    expect(clockAt(state, '2025-06-10T09:00', closedFriday).promised.dueDate).toBe('2025-06-24');
  });

  it('marks the deadline provisional when it reaches into 2027, which has no announced holidays', () => {
    const clock = started(
      legalClock(
        {
          receivedAt: beijing('2026-12-14T09:00'),
          acceptedOn: parseLocalDate('2026-12-15'),
          statutoryDays: 20,
          promisedDays: 5,
        },
        calendar,
        beijing('2026-12-16T09:00'),
      ),
    );
    expect(clock.statutory).toMatchObject({ dueDate: '2027-01-12', provisional: true });
    expect(clock.promised).toMatchObject({ dueDate: '2026-12-22', provisional: false });
    expect(clock.provisional).toBe(true);
  });

  it('takes an open suspension given as dates to run through today', () => {
    const clock = started(
      legalClock(
        {
          receivedAt: beijing('2025-06-09T09:00'),
          acceptedOn: parseLocalDate('2025-06-09'),
          statutoryDays: 20,
          promisedDays: 10,
          suspensions: [{ suspendedOn: parseLocalDate('2025-06-11') }],
        },
        calendar,
        beijing('2025-06-18T09:00'),
      ),
    );
    expect(clock).toMatchObject({
      phase: 'suspended',
      elapsed: 2,
      uncounted: [{ from: '2025-06-12', to: '2025-06-18' }],
    });
  });
});
