import { submitCase, transition } from '@gov/case';
import { officialChinaCalendar, WorkingCalendar } from '@gov/calendar';
import { restoreCaseState } from './case-state-json';

describe('the case state stored as JSON', () => {
  const calendar = WorkingCalendar.fromLayers([officialChinaCalendar()]);
  const clerk = { id: 'c-1', username: 'sc-clerk', role: 'clerk' as const };
  const submitted = submitCase(
    { limits: { statutory: 20, promised: 10 } },
    {
      actor: { id: 'p-1', username: 'citizen', role: 'citizen' },
      now: new Date('2025-09-26T02:00:00Z'),
    },
  ).state;
  const accepted = transition(
    submitted,
    { action: 'accept' },
    { actor: clerk, now: new Date('2025-09-28T03:00:00Z'), calendar },
  ).state;

  it('comes back equal to the state that was stored, instants as Dates, days as text', () => {
    const restored = restoreCaseState(JSON.parse(JSON.stringify(accepted)));
    expect(restored).toEqual(accepted);
    expect(restored.receivedAt).toBeInstanceOf(Date);
  });

  it('leaves a state that still holds its instants as it is', () => {
    expect(restoreCaseState(accepted)).toEqual(accepted);
  });

  it('lets the rules go on from the restored state', () => {
    const restored = restoreCaseState(JSON.parse(JSON.stringify(accepted)));
    const next = transition(
      restored,
      { action: 'suspend', kind: 'inspection-testing-quarantine', reason: '现场核查' },
      { actor: clerk, now: new Date('2025-10-09T03:00:00Z'), calendar },
    );
    expect(next.state.status).toBe('suspended');
  });
});
