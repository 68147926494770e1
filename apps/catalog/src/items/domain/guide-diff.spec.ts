import { sampleGuide } from '@gov/contracts';
import { diffGuides } from './guide-diff';

describe('the difference between two versions of a guide', () => {
  it('is empty for the same guide', () => {
    expect(diffGuides(sampleGuide, structuredClone(sampleGuide))).toEqual([]);
  });

  it('names a changed limit with its values before and after', () => {
    expect(diffGuides(sampleGuide, { ...sampleGuide, promisedLimitDays: 5 })).toEqual([
      { path: 'promisedLimitDays', change: 'changed', before: 10, after: 5 },
    ]);
  });

  it('tells materials apart by key: one removed, one changed, one added', () => {
    const [form, layout] = sampleGuide.materials;
    const after = {
      ...sampleGuide,
      materials: [
        { ...form!, copies: 2 },
        { ...layout!, key: 'health-certificate', name: '从业人员健康证明' },
      ],
    };
    expect(diffGuides(sampleGuide, after).map(({ path, change }) => [path, change])).toEqual([
      [`materials[${form!.key}]`, 'changed'],
      [`materials[${layout!.key}]`, 'removed'],
      ['materials[health-certificate]', 'added'],
    ]);
  });

  it('reports an optional field that appears', () => {
    const without = { ...sampleGuide };
    delete without.consultationPhone;
    expect(diffGuides(without, sampleGuide)).toEqual([
      { path: 'consultationPhone', change: 'added', after: sampleGuide.consultationPhone },
    ]);
  });
});
