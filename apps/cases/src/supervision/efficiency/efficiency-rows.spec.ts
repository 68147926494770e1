import { type EfficiencyTallyRow } from './efficiency-query';
import { efficiencyRows, percentile } from './efficiency-rows';

/** Four cases received, three accepted, three concluded in 1, 2 and 4 working days. */
const tally = (overrides: Partial<EfficiencyTallyRow>): EfficiencyTallyRow => ({
  group_key: 'XK00001001',
  group_name: '食品经营许可（新办）',
  received: 4,
  accepted: 3,
  concluded: 3,
  on_time: 2,
  early: 1,
  working_days: '7',
  overdue: 1,
  suspensions: 2,
  extensions: 1,
  rated: 2,
  rating_levels: '6',
  bad_reviews: 1,
  rectified: 0,
  working_days_values: [1, 2, 4],
  working_days_counts: [1, 1, 1],
  ...overrides,
});

/** What PostgreSQL's percentile_cont gives for a list of values, computed the plain way. */
function percentileOfList(fraction: number, values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const below = sorted[Math.floor(position)] ?? NaN;
  const above = sorted[Math.ceil(position)] ?? NaN;
  return below + (above - below) * (position - Math.floor(position));
}

describe('the rows of an efficiency report', () => {
  it('turns sums into figures: rates of the concluded and of bad reviews, averages, the 90th percentile', () => {
    const { rows } = efficiencyRows('item', [tally({})]);
    expect(rows).toEqual([
      {
        key: 'XK00001001',
        name: '食品经营许可（新办）',
        received: 4,
        accepted: 3,
        concluded: 3,
        onTime: 2,
        onTimeRate: 2 / 3,
        early: 1,
        earlyRate: 1 / 3,
        averageWorkingDays: 7 / 3,
        p90WorkingDays: 3.6,
        overdue: 1,
        suspensions: 2,
        extensions: 1,
        rated: 2,
        satisfaction: 3,
        badReviews: 1,
        rectified: 0,
        rectificationRate: 0,
      },
    ]);
  });

  it('adds up the tallies of a group read partly from the roll-up and partly from the cases', () => {
    const rolled = tally({});
    const live = tally({
      received: 1,
      concluded: 2,
      working_days: '9',
      working_days_values: [4, 5],
      working_days_counts: [1, 1],
    });
    const { total } = efficiencyRows('item', [rolled, live]);
    expect(total).toMatchObject({
      received: 5,
      concluded: 5,
      averageWorkingDays: 16 / 5,
      p90WorkingDays: percentileOfList(0.9, [1, 2, 4, 4, 5]),
    });
  });

  it('leaves rates empty rather than zero when nothing concluded and nothing was badly rated', () => {
    const { rows } = efficiencyRows('item', [
      tally({
        concluded: 0,
        on_time: 0,
        early: 0,
        working_days: '0',
        working_days_values: [],
        working_days_counts: [],
        rated: 0,
        rating_levels: '0',
        bad_reviews: 0,
      }),
    ]);
    expect(rows[0]).toMatchObject({
      onTimeRate: null,
      earlyRate: null,
      averageWorkingDays: null,
      p90WorkingDays: null,
      satisfaction: null,
      rectificationRate: null,
    });
  });

  it('names a group without a value by what it lacks and lists it last; the total adds every group', () => {
    const { rows, total } = efficiencyRows('window', [
      tally({ group_key: '', group_name: null, received: 5 }),
      tally({ group_key: 'W02', group_name: 'W02' }),
      tally({ group_key: 'W01', group_name: 'W01' }),
    ]);
    expect(rows.map((row) => [row.key, row.name])).toEqual([
      ['W01', 'W01'],
      ['W02', 'W02'],
      [null, '未转至窗口'],
    ]);
    expect(total).toMatchObject({ received: 13, concluded: 9 });
  });

  it('answers a total of zeros for a period without any case', () => {
    expect(efficiencyRows('department', []).total).toMatchObject({
      received: 0,
      concluded: 0,
      onTimeRate: null,
      p90WorkingDays: null,
    });
  });
});

describe('a percentile from a histogram', () => {
  it.each([
    [[7]],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    [[3, 3, 3, 8, 8, 20]],
    [[0, 0, 1, 1, 1, 1, 2, 15, 15, 15, 15, 15, 40]],
  ])('interpolates between the nearest ranks as percentile_cont does: %j', (values) => {
    const histogram = new Map<number, number>();
    for (const value of values) histogram.set(value, (histogram.get(value) ?? 0) + 1);
    for (const fraction of [0, 0.5, 0.9, 1]) {
      expect(percentile(fraction, histogram)).toBeCloseTo(percentileOfList(fraction, values), 10);
    }
  });

  it('has none for no value', () => {
    expect(percentile(0.9, new Map())).toBeNull();
  });
});
