import { addCalendarDays, endOfLocalDay, type LocalDate } from '@gov/calendar';
import fc from 'fast-check';
import { calendar } from '../test/case-builders';
import { legalClock, type LegalClockInput, type StartedLegalClock } from './legal-clock';

// Acceptance dates from November 2025 to December 2026, so counted spans cross 国庆, 春节 and the
// unannounced year 2027; suspensions and "now" fall after acceptance.
const FIRST = '2025-11-01' as LocalDate;
const DAY_MS = 86_400_000;

const day = (offset: number) => addCalendarDays(FIRST, offset);
const suspensionAfter = (acceptedOffset: number) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 60 }),
      fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    )
    .map(([start, length]) => {
      const suspendedOn = day(acceptedOffset + start);
      return length === undefined
        ? { suspendedOn }
        : { suspendedOn, resumedOn: addCalendarDays(suspendedOn, length) };
    });

const scenario = fc.integer({ min: 0, max: 420 }).chain((acceptedOffset) =>
  fc.record({
    acceptedOffset: fc.constant(acceptedOffset),
    statutoryDays: fc.integer({ min: 0, max: 60 }),
    promisedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    extensionDays: fc.constantFrom(0, 10, 15),
    suspensions: fc.array(suspensionAfter(acceptedOffset), { maxLength: 3 }),
    extra: suspensionAfter(acceptedOffset),
    nowMinutes: fc.integer({ min: 0, max: 150 * 24 * 60 }),
  }),
);
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function inputOf(s: Scenario): LegalClockInput {
  const acceptedOn = day(s.acceptedOffset);
  return {
    receivedAt: endOfLocalDay(addCalendarDays(acceptedOn, -1)),
    acceptedOn,
    statutoryDays: s.statutoryDays,
    promisedDays: Math.floor(s.statutoryDays * s.promisedShare),
    extensionDays: s.extensionDays,
    // At most one suspension is open: the last.
    suspensions: s.suspensions.map((period, index, all) =>
      index === all.length - 1 || period.resumedOn
        ? period
        : { ...period, resumedOn: period.suspendedOn },
    ),
  };
}

function nowOf(s: Scenario): Date {
  return new Date(endOfLocalDay(day(s.acceptedOffset)).getTime() - DAY_MS + s.nowMinutes * 60_000);
}

function clockOf(input: LegalClockInput, now: Date): StartedLegalClock {
  const clock = legalClock(input, calendar, now);
  if (clock.phase === 'not-started') {
    throw new Error('an accepted case has a started clock');
  }
  return clock;
}

describe('legal clock properties', () => {
  it('never puts the promised due date after the statutory one', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const clock = clockOf(inputOf(s), nowOf(s));
        return clock.promised.dueDate <= clock.statutory.dueDate;
      }),
    );
  });

  it('never brings a due date earlier when the clock was stopped once more', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = inputOf(s);
        const closed = (input.suspensions ?? []).map((period) =>
          period.resumedOn ? period : { ...period, resumedOn: period.suspendedOn },
        );
        const before = clockOf({ ...input, suspensions: closed }, nowOf(s));
        const after = clockOf({ ...input, suspensions: [...closed, s.extra] }, nowOf(s));
        return (
          after.statutory.dueDate >= before.statutory.dueDate &&
          after.promised.dueDate >= before.promised.dueDate &&
          after.elapsed <= before.elapsed
        );
      }),
    );
  });

  it('splits each limit into the working days elapsed and those remaining up to the due date', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const clock = clockOf(inputOf(s), nowOf(s));
        const options = { suspended: clock.uncounted };
        return [clock.statutory, clock.promised].every(
          (deadline) =>
            clock.elapsed + deadline.remaining === deadline.limit &&
            calendar.countWorkingDays(clock.asOf, deadline.dueDate, options).days ===
              deadline.remaining,
        );
      }),
    );
  });

  it('is overdue whenever working days remain below zero, and never with days to spare', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const clock = clockOf(inputOf(s), nowOf(s));
        return [clock.statutory, clock.promised].every(
          (deadline) =>
            (deadline.remaining < 0 ? deadline.overdue : true) &&
            (deadline.remaining > 0 ? !deadline.overdue : true),
        );
      }),
    );
  });

  it('counts nothing before acceptance and nothing while the clock is stopped', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = inputOf(s);
        const clock = clockOf(input, nowOf(s));
        const frozen = clockOf(input, new Date(nowOf(s).getTime() + 30 * DAY_MS));
        const open = clock.phase === 'suspended';
        return clock.elapsed >= 0 && (!open || frozen.elapsed === clock.elapsed);
      }),
    );
  });
});
