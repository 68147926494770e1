import { beijing, calendar, CaseStory, clerk, contextOf, refusal } from '../test/case-builders';
import { legalClockOf } from './case-clock';
import { concludeOnTheSpot } from './on-the-spot';

describe('on-the-spot items (即办件)', () => {
  const onTheSpot = () =>
    CaseStory.submitted('2025-06-09T09:00', { limits: { statutory: 20, promised: 0 } });

  it('accepts, decides and concludes at the window in one go, on time', () => {
    const now = '2025-06-09T09:20';
    const result = concludeOnTheSpot(
      onTheSpot().state,
      { outcome: 'approved' },
      contextOf(clerk, now),
    );
    expect(result.state.status).toBe('concluded');
    expect(result.transitions.map((step) => [step.action, step.to, step.sequence])).toEqual([
      ['accept', 'under-review', 2],
      ['decide', 'decided', 3],
      ['conclude', 'concluded', 4],
    ]);
    const clock = legalClockOf(result.state, calendar, beijing('2025-06-20T09:00'));
    expect(clock).toMatchObject({ phase: 'stopped', elapsed: 0 });
    expect(clock.phase === 'stopped' && clock.promised).toMatchObject({
      dueDate: '2025-06-09',
      overdue: false,
    });
  });

  it('refuses to skip the review of an item with a promised time limit', () => {
    const error = refusal(() =>
      concludeOnTheSpot(
        CaseStory.submitted().state,
        { outcome: 'approved' },
        contextOf(clerk, '2025-06-09T09:20'),
      ),
    );
    expect(error.code).toBe('CASE.NOT_ON_THE_SPOT_ITEM');
  });
});
