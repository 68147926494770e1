import { type DiscretionBenchmark } from '@gov/contracts';
import {
  type CategoryRules,
  discretionApplicabilityProblem,
  discretionRangeProblem,
  legalBasisProblem,
  powerCodeProblem,
  provinceOf,
} from './power-rules';

const licensing: CategoryRules = {
  code: 'XK',
  name: '行政许可',
  requiresLegalBasis: true,
  usesDiscretionBenchmarks: false,
};
const nonLicensingApproval: CategoryRules = { ...licensing, code: 'FX', name: '非行政许可审批' };
const penalty: CategoryRules = {
  code: 'CF',
  name: '行政处罚',
  requiresLegalBasis: false,
  usesDiscretionBenchmarks: true,
};
const basis = {
  law: '《中华人民共和国食品安全法》',
  article: '第三十五条',
  text: '国家对食品生产经营实行许可制度。',
};

function benchmark(min: number, max: number, unit: 'fen' | 'times' | 'days' = 'fen') {
  return {
    violation: '未取得食品经营许可从事食品经营活动',
    grade: '一般',
    circumstances: '货值金额不足一万元',
    sanctions: [{ kind: '没收违法所得' }, { kind: '罚款', range: { min, max, unit } }],
  } satisfies DiscretionBenchmark;
}

describe('the publish rule: no legal basis, no licensing', () => {
  it.each([licensing, nonLicensingApproval])(
    'refuses a $name power without a legal basis, naming its category and the rule',
    (category) => {
      const problem = legalBasisProblem(category, []);
      expect(problem).toContain(`「${category.name}」类权力事项须至少有一项法律依据方可发布`);
    },
  );

  it('admits a licensing power with one legal basis', () => {
    expect(legalBasisProblem(licensing, [basis])).toBeNull();
  });

  it('admits a category that does not require a basis without one', () => {
    expect(legalBasisProblem(penalty, [])).toBeNull();
  });
});

describe('discretion benchmarks', () => {
  it('accepts a range whose lower bound equals its upper bound', () => {
    expect(discretionRangeProblem([benchmark(200_000, 200_000)])).toBeNull();
  });

  it('refuses a range whose lower bound is above its upper bound, in yuan for fines', () => {
    const problem = discretionRangeProblem([
      benchmark(200_000, 1_000_000),
      benchmark(1_000_000, 200_000),
    ]);
    expect(problem).toMatchObject({ benchmark: 1, sanction: 1 });
    expect(problem?.message).toContain('下限 10,000 元 大于上限 2,000 元');
  });

  it('names multiples and days in their own units', () => {
    expect(discretionRangeProblem([benchmark(20, 10, 'times')])?.message).toContain('20 倍');
    expect(discretionRangeProblem([benchmark(60, 30, 'days')])?.message).toContain('60 日');
  });

  it('refuses benchmarks for a category that takes none, and admits none there', () => {
    expect(discretionApplicabilityProblem(licensing, [benchmark(1, 2)])).toContain(
      '「行政许可」类权力事项不适用裁量基准',
    );
    expect(discretionApplicabilityProblem(licensing, [])).toBeNull();
    expect(discretionApplicabilityProblem(penalty, [benchmark(1, 2)])).toBeNull();
  });
});

describe('power codes', () => {
  it('accepts the category code, a 5-digit main item and a 3-digit sub-item', () => {
    expect(powerCodeProblem('XK00101000', 'XK')).toBeNull();
  });

  it('refuses a code whose first two letters name another category', () => {
    expect(powerCodeProblem('CF00101000', 'XK')).toContain('前两位应为所选类别的代码 XK');
  });

  it('refuses a code of the wrong shape', () => {
    expect(powerCodeProblem('XK0010100', 'XK')).toContain('主项 5 位数字');
  });

  it('finds the province of a division given in 6 or 12 digits', () => {
    expect(provinceOf('330102')).toBe('330000000000');
    expect(provinceOf('330212101201')).toBe('330000000000');
  });
});
