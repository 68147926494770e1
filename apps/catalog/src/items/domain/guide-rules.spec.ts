import { sampleGuide, type ServiceGuide } from '@gov/contracts';
import { checkGuide, checkImplementation } from './guide-rules';

const guide = (overrides: Partial<ServiceGuide> = {}): ServiceGuide => ({
  ...sampleGuide,
  ...overrides,
});

describe('the rules a guide meets before publication', () => {
  it('lets a complete licensing guide through', () => {
    expect(checkGuide(guide())).toBeNull();
  });

  it('refuses a promised limit longer than the statutory one', () => {
    expect(checkGuide(guide({ statutoryLimitDays: 20, promisedLimitDays: 21 }))).toMatchObject({
      code: 'CATALOG.ITEM_PROMISED_OVER_STATUTORY',
    });
  });

  it('admits an on-the-spot item with both limits at zero', () => {
    expect(checkGuide(guide({ statutoryLimitDays: 0, promisedLimitDays: 0 }))).toBeNull();
  });

  it.each(['行政许可', '非行政许可审批'])('refuses a %s item without a legal basis', (category) => {
    expect(checkGuide(guide({ category, legalBases: [] }))).toMatchObject({
      code: 'CATALOG.ITEM_BASIS_REQUIRED',
    });
  });

  it('lets a public service without a legal basis through', () => {
    expect(checkGuide(guide({ category: '公共服务', legalBases: [] }))).toBeNull();
  });

  it('names every inconsistency at once', () => {
    const material = sampleGuide.materials[0]!;
    const refusal = checkGuide(
      guide({
        materials: [material, material],
        departments: { lead: sampleGuide.handlingOrgan, involved: [sampleGuide.handlingOrgan] },
        online: { depth: 'fully-online' },
      }),
    );
    expect(refusal?.code).toBe('CATALOG.ITEM_GUIDE_INCONSISTENT');
    expect(refusal?.violations.map((violation) => violation.path)).toEqual([
      `materials[${material.key}]`,
      'departments.involved',
      'online.url',
    ]);
  });
});

describe('what an implementation may change of its base item', () => {
  const base = guide();

  it('may shorten the promised limit, drop a material, take its own organ and place', () => {
    const local = guide({
      promisedLimitDays: 3,
      materials: base.materials.slice(0, 1),
      handlingOrgan: '11330102002528004D',
      departments: { lead: '11330102002528004D', involved: [] },
      applyAt: { place: '上城区市民中心二楼 12 号窗口', hours: '工作日 8:30-17:00' },
    });
    expect(checkImplementation(local, base)).toBeNull();
  });

  it('may waive or lower a fee', () => {
    const charged = guide({
      fee: { free: false, basis: '物价文件', items: [{ name: '工本费', amountFen: 2000 }] },
    });
    expect(checkImplementation(guide({ fee: { free: true } }), charged)).toBeNull();
    expect(
      checkImplementation(
        guide({
          fee: { free: false, basis: '物价文件', items: [{ name: '工本费', amountFen: 1000 }] },
        }),
        charged,
      ),
    ).toBeNull();
  });

  it('may not lengthen the promised limit, change the basis or the statutory limit', () => {
    const refusal = checkImplementation(
      guide({
        promisedLimitDays: base.promisedLimitDays + 1,
        statutoryLimitDays: base.statutoryLimitDays - 1,
        legalBases: [{ law: '《某地方规章》' }],
      }),
      base,
    );
    expect(refusal?.code).toBe('CATALOG.ITEM_IMPLEMENTATION_WIDENS');
    expect(refusal?.violations.map((violation) => violation.path).sort()).toEqual(
      ['legalBases', 'promisedLimitDays', 'statutoryLimitDays'].sort(),
    );
  });

  it('may not add a material, alter one, or add a condition', () => {
    const [first, second] = base.materials;
    const refusal = checkImplementation(
      guide({
        materials: [
          { ...first!, copies: 3 },
          second!,
          { ...second!, key: 'extra-proof', name: '额外证明' },
        ],
        conditions: [...base.conditions, '本地户籍'],
      }),
      base,
    );
    expect(refusal?.violations.map((violation) => violation.path)).toEqual([
      'conditions',
      `materials[${first!.key}]`,
      'materials[extra-proof]',
    ]);
  });

  it('may not charge for a free item or charge more', () => {
    const charging = guide({
      fee: { free: false, basis: '物价文件', items: [{ name: '工本费', amountFen: 500 }] },
    });
    expect(checkImplementation(charging, base)?.violations).toEqual([
      { path: 'fee', message: '基本目录不收费，实施清单不得收费' },
    ]);
    const dearer = guide({
      fee: { free: false, basis: '物价文件', items: [{ name: '工本费', amountFen: 600 }] },
    });
    expect(checkImplementation(dearer, charging)?.violations[0]?.path).toBe('fee.items[工本费]');
  });
});
