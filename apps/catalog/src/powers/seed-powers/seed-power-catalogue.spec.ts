import { readSeed } from '../../seed/read-seed';
import {
  type PowerCategorySeed,
  type PowerSeed,
  seededCategories,
  seedPowerProblems,
} from './seed-power-catalogue';

interface DepartmentSeed {
  readonly departments: readonly { creditCode: string; name: string; division: string }[];
}

describe('the seeded power catalogue', () => {
  const categories = readSeed<PowerCategorySeed>('power-categories.json');
  const seed = readSeed<PowerSeed>('powers.json');

  it('gives the sample province the common ten categories and 非行政许可审批, in order', () => {
    const names = seededCategories(categories)
      .filter((category) => category.province === '330000000000')
      .map((category) => [category.position, category.name]);
    expect(names).toEqual([
      [1, '行政许可'],
      [2, '行政处罚'],
      [3, '行政强制'],
      [4, '行政征收'],
      [5, '行政给付'],
      [6, '行政检查'],
      [7, '行政确认'],
      [8, '行政奖励'],
      [9, '行政裁决'],
      [10, '其他行政权力'],
      [11, '非行政许可审批'],
    ]);
  });

  it('requires a legal basis to publish exactly for 行政许可 and 非行政许可审批', () => {
    const requiring = seededCategories(categories)
      .filter((category) => category.requiresLegalBasis)
      .map((category) => category.name);
    expect(requiring).toEqual(['行政许可', '非行政许可审批']);
  });

  it('holds powers that meet every rule an administrator’s powers meet', () => {
    expect(seed.powers.length).toBeGreaterThanOrEqual(8);
    expect(seedPowerProblems(categories, seed)).toEqual([]);
  });

  it('reports a seed power that breaks a rule rather than seeding it', () => {
    const [first] = seed.powers;
    const broken = { powers: [{ ...first!, legalBases: [] }] };
    expect(seedPowerProblems(categories, broken)).toEqual([
      expect.stringContaining('须至少有一项法律依据方可发布'),
    ]);
  });

  it('names as implementing organ a seeded department of each power’s own division', () => {
    const { departments } = readSeed<DepartmentSeed>('departments.json');
    const divisionOf = new Map(departments.map((d) => [d.creditCode, d.division]));
    const mismatched = seed.powers.filter(
      (power) => divisionOf.get(power.implementingOrgan) !== power.division,
    );
    expect(mismatched.map((power) => power.code)).toEqual([]);
  });

  it('gives codes unique within the province and discretion benchmarks to the penalty', () => {
    const codes = seed.powers.map((power) => power.code);
    expect(new Set(codes).size).toBe(codes.length);
    const penalty = seed.powers.find((power) => power.category === 'CF');
    expect(penalty?.discretionBenchmarks.map((b) => b.grade)).toEqual([
      '轻微',
      '一般',
      '较重',
      '严重',
    ]);
  });
});
