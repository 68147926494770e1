import { officialChinaCalendar, WorkingCalendar } from '@gov/calendar';
import {
  type CaseActor,
  type CaseCommand,
  type CaseState,
  submitCase,
  transition,
} from '@gov/case';
import { caseFiguresOf } from './case-figures';

// June 2025 has no holiday: accepted Mon 9 June with a promise of 5 working days, the count runs
// 10, 11, 12, 13, 16 June, so the promised due date is Mon 16 June (24:00).
const calendar = WorkingCalendar.fromLayers([officialChinaCalendar()]);
const citizen: CaseActor = { id: 'user-citizen', username: 'citizen-zhang', role: 'citizen' };
const clerk: CaseActor = { id: 'user-clerk', username: 'sc-clerk', role: 'clerk' };
const colleague: CaseActor = { id: 'user-other', username: 'qb-clerk', role: 'clerk' };

const beijing = (local: string) => new Date(`${local}:00+08:00`);

/** A case submitted at 09:00 on 9 June, then moved by the clerk through `steps`. */
function caseThrough(promised: number, steps: [CaseCommand, string][]): CaseState {
  let { state } = submitCase(
    { limits: { statutory: 20, promised } },
    { actor: citizen, now: beijing('2025-06-09T09:00') },
  );
  for (const [command, local] of steps) {
    state = transition(state, command, { actor: clerk, now: beijing(local), calendar }).state;
  }
  return state;
}

const accept: [CaseCommand, string] = [{ action: 'accept' }, '2025-06-09T10:00'];
const decideAt = (local: string): [CaseCommand, string] => [
  { action: 'decide', outcome: 'approved' },
  local,
];
const concludeAt = (local: string): [CaseCommand, string] => [{ action: 'conclude' }, local];

function figuresOf(state: CaseState) {
  if (state.concludedAt === undefined) throw new Error('the story must conclude the case');
  return caseFiguresOf(state, calendar, state.concludedAt);
}

describe('the figures of a concluded case', () => {
  it('counts a case concluded days before its promised due date as on time and early', () => {
    const state = caseThrough(5, [
      accept,
      decideAt('2025-06-13T10:00'),
      concludeAt('2025-06-13T11:00'),
    ]);
    expect(figuresOf(state)).toMatchObject({
      workingDays: 4,
      promisedLimit: 5,
      promisedDueOn: '2025-06-16',
      onTime: true,
      early: true,
      overdue: false,
      suspensions: 0,
      extended: false,
    });
  });

  it('counts a case concluded on its promised due date as on time but not early', () => {
    const state = caseThrough(5, [
      accept,
      decideAt('2025-06-16T15:00'),
      concludeAt('2025-06-16T23:59'),
    ]);
    expect(figuresOf(state)).toMatchObject({
      workingDays: 5,
      onTime: true,
      early: false,
      overdue: false,
    });
  });

  it('counts a case concluded the day after its promised due date as overdue, even if decided in time', () => {
    const state = caseThrough(5, [
      accept,
      decideAt('2025-06-16T15:00'),
      concludeAt('2025-06-17T09:00'),
    ]);
    expect(figuresOf(state)).toMatchObject({
      workingDays: 5,
      onTime: false,
      early: false,
      overdue: true,
    });
  });

  it('leaves the suspended days off the working days and moves the due date by them', () => {
    // Suspended Wed 11, resumed Fri 13: the 12th and 13th are not counted, so due Wed 18 June.
    const state = caseThrough(5, [
      accept,
      [{ action: 'suspend', kind: 'expert-review', reason: '专家评审' }, '2025-06-11T10:00'],
      [{ action: 'resume' }, '2025-06-13T10:00'],
      [{ action: 'extend', days: 10, reason: '情况复杂，经负责人批准延长' }, '2025-06-16T10:00'],
      decideAt('2025-06-17T10:00'),
      concludeAt('2025-06-17T11:00'),
    ]);
    expect(figuresOf(state)).toMatchObject({
      workingDays: 4,
      promisedDueOn: '2025-06-18',
      onTime: true,
      early: true,
      suspensions: 1,
      extended: true,
    });
  });

  it('counts an on-the-spot item concluded at once as on time, never early', () => {
    const state = caseThrough(0, [
      accept,
      decideAt('2025-06-09T10:00'),
      concludeAt('2025-06-09T10:00'),
    ]);
    expect(figuresOf(state)).toMatchObject({
      workingDays: 0,
      promisedLimit: 0,
      promisedDueOn: '2025-06-09',
      onTime: true,
      early: false,
      overdue: false,
    });
  });

  it('names the window and the staff answering for the case, the responsible after a handover', () => {
    const handedOver = caseThrough(5, [
      accept,
      [
        {
          action: 'hand-over-to-window',
          window: { id: 'w-5', number: 'W05', name: '5 号窗口' },
          reason: '转综合窗口',
        },
        '2025-06-10T09:00',
      ],
      [{ action: 'hand-over', to: colleague, reason: '调岗交接' }, '2025-06-10T10:00'],
      decideAt('2025-06-12T10:00'),
      concludeAt('2025-06-12T11:00'),
    ]);
    expect(figuresOf(handedOver)).toMatchObject({ window: 'W05', staff: 'qb-clerk' });
    const kept = caseThrough(5, [
      accept,
      decideAt('2025-06-12T10:00'),
      concludeAt('2025-06-12T11:00'),
    ]);
    expect(figuresOf(kept)).toMatchObject({
      window: null,
      staff: 'sc-clerk',
      acceptedAt: beijing('2025-06-09T10:00'),
      concludedAt: beijing('2025-06-12T11:00'),
    });
  });

  it('refuses a case that was never accepted: it cannot have concluded', () => {
    const submitted = caseThrough(5, []);
    expect(() => caseFiguresOf(submitted, calendar, beijing('2025-06-12T11:00'))).toThrow(
      /only after acceptance/,
    );
  });
});
