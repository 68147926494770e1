import { type EfficiencyQueryRow } from './efficiency-query';
import { efficiencyRows } from './efficiency-rows';

const row = (overrides: Partial<EfficiencyQueryRow>): EfficiencyQueryRow => ({
  total: false,
  group_key: 'XK00001001',
  group_name: '食品经营许可（新办）',
  received: '4',
  accepted: '3',
  concluded: '3',
  on_time: '2',
  early: '1',
  average_days: '2.3333333333333333',
  p90_days: 3.8,
  overdue: '1',
  suspensions: '2',
  extensions: '1',
  rated: '2',
  satisfaction: '3.0000000000000000',
  bad_reviews: '1',
  rectified: '0',
  ...overrides,
});

describe('the rows of an efficiency report', () => {
  it('turns counts into numbers and computes the rates of the concluded and of bad reviews', () => {
    const { rows } = efficiencyRows('item', [row({})]);
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
        averageWorkingDays: 2.3333333333333335,
        p90WorkingDays: 3.8,
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

  it('leaves rates empty rather than zero when nothing concluded and nothing was badly rated', () => {
    const { rows } = efficiencyRows('item', [
      row({
        concluded: '0',
        on_time: '0',
        early: '0',
        average_days: null,
        p90_days: null,
        bad_reviews: '0',
        satisfaction: null,
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

  it('names a group without a value by what it lacks, and keeps the total apart', () => {
    const { rows, total } = efficiencyRows('window', [
      row({ group_key: '', group_name: null }),
      row({ total: true, group_key: '', group_name: null, received: '9' }),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: null, name: '未转至窗口' });
    expect(total).toMatchObject({ received: 9 });
  });

  it('answers a total of zeros for a period without any case', () => {
    expect(efficiencyRows('department', []).total).toMatchObject({
      received: 0,
      concluded: 0,
      onTimeRate: null,
    });
  });
});
