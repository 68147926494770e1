import { ThresholdPolicy } from './threshold-policy';

describe('the threshold that applies to a case', () => {
  const policy = new ThresholdPolicy([
    { divisionPrefix: '33', itemCode: null, yellowDays: 5 },
    { divisionPrefix: '3301', itemCode: null, yellowDays: 4 },
    { divisionPrefix: '33', itemCode: 'XK00001001', yellowDays: 1 },
    { divisionPrefix: '330102', itemCode: 'XK00001001', yellowDays: 3 },
  ]);

  it('is the default rule on the promised limit where nothing is set', () => {
    expect(new ThresholdPolicy([]).yellowDaysFor('330102000000', 'XK00001001', 20)).toBe(4);
    expect(policy.yellowDaysFor('110101000000', 'XK00001001', 3)).toBe(2);
  });

  it('prefers the deepest division setting', () => {
    expect(policy.yellowDaysFor('330106000000', 'XK00002001', 10)).toBe(4);
    expect(policy.yellowDaysFor('330212000000', 'XK00002001', 10)).toBe(5);
  });

  it('prefers an item setting to any division setting, the deepest item setting first', () => {
    expect(policy.yellowDaysFor('330102000000', 'XK00001001', 10)).toBe(3);
    expect(policy.yellowDaysFor('330106000000', 'XK00001001', 10)).toBe(1);
  });
});
