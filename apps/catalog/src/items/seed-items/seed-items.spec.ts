import { LocalDateSchema, type ServiceGuide, ServiceGuideSchema, validate } from '@gov/contracts';
import { tryParseDivisionCode } from '@gov/division';
import { readSeed } from '../../seed/read-seed';
import { checkGuide, checkImplementation } from '../domain/guide-rules';

interface SeedItem {
  code: string;
  division: string;
  validFrom: string;
  guide: ServiceGuide;
}
interface SeedImplementation {
  baseCode: string;
  division: string;
  handlingOrgan: string;
  promisedLimitDays?: number;
  dropMaterials?: string[];
}

const seed = readSeed<{ items: SeedItem[]; implementations: SeedImplementation[] }>('items.json');
const departments = new Map(
  readSeed<{ departments: { creditCode: string; name: string; division: string }[] }>(
    'departments.json',
  ).departments.map((department) => [department.creditCode, department]),
);
const divisions = new Set(
  readSeed<{ divisions: { code: string }[] }>('divisions.json').divisions.map(({ code }) => code),
);
const bases = new Map(seed.items.map((item) => [item.code, item]));

const PROVINCE = '330000000000';
/** The province's code scheme: 2 letters for the category, 5 digits main item, 3 digits sub-item. */
const CODE_PATTERN = /^[A-Z]{2}\d{8}$/;
const CATEGORY_OF_PREFIX: Record<string, string> = {
  XK: '行政许可',
  QR: '行政确认',
  JF: '行政给付',
  GG: '公共服务',
  QT: '其他行政权力',
};

function strictlyBelow(lower: string, upper: string): boolean {
  const inner = tryParseDivisionCode(lower);
  const outer = tryParseDivisionCode(upper);
  return inner.ok && outer.ok && !outer.code.equals(inner.code) && outer.code.contains(inner.code);
}

/** The guide of an implementation, narrowed from its base exactly as SeedItems publishes it. */
function implementationGuide(base: ServiceGuide, entry: SeedImplementation): ServiceGuide {
  const dropped = new Set(entry.dropMaterials ?? []);
  return {
    ...base,
    handlingOrgan: entry.handlingOrgan,
    departments: { ...base.departments, lead: entry.handlingOrgan },
    promisedLimitDays: entry.promisedLimitDays ?? base.promisedLimitDays,
    materials: base.materials.filter((material) => !dropped.has(material.key)),
  };
}

/** The schema's issues (empty when the guide is valid), so a failure prints them. */
function schemaIssues(guide: unknown) {
  const result = validate(ServiceGuideSchema, guide);
  return result.ok ? [] : result.issues;
}

const itemCases = seed.items.map((item) => [`${item.code} ${item.guide.name}`, item] as const);
const implementationCases = seed.implementations.map(
  (entry) => [`${entry.baseCode}-${entry.division}-${entry.handlingOrgan}`, entry] as const,
);

describe('deploy/seed/items.json: base items', () => {
  it('has at least 20 items of the province', () => {
    expect(seed.items.filter((item) => item.division === PROVINCE).length).toBeGreaterThanOrEqual(
      20,
    );
  });

  it('gives every item a unique code of the province scheme', () => {
    const codes = seed.items.map((item) => item.code);
    expect(codes.filter((code) => !CODE_PATTERN.test(code))).toEqual([]);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });

  it.each(itemCases)('%s: the guide matches the ServiceGuide schema', (_name, item) => {
    expect(schemaIssues(item.guide)).toEqual([]);
  });

  it.each(itemCases)('%s: the code prefix names the category', (_name, item) => {
    expect(CATEGORY_OF_PREFIX[item.code.slice(0, 2)]).toBe(item.guide.category);
  });

  it.each(itemCases)('%s: division and departments exist', (_name, item) => {
    const { handlingOrgan, departments: involvement } = item.guide;
    expect(divisions.has(item.division)).toBe(true);
    expect(departments.get(handlingOrgan)?.division).toBe(item.division);
    expect(involvement.lead).toBe(handlingOrgan);
    for (const organ of involvement.involved) {
      expect([organ, departments.has(organ)]).toEqual([organ, true]);
    }
  });

  it.each(itemCases)('%s: the promised limit fits the statutory one', (_name, item) => {
    const { promisedLimitDays, statutoryLimitDays } = item.guide;
    expect(promisedLimitDays).toBeLessThanOrEqual(statutoryLimitDays);
    if (promisedLimitDays === 0) expect(statutoryLimitDays).toBeGreaterThanOrEqual(0);
  });

  it.each(itemCases)('%s: a licensing item has a legal basis', (_name, item) => {
    if (item.guide.category === '行政许可') {
      expect(item.guide.legalBases.length).toBeGreaterThan(0);
    }
  });

  it.each(itemCases)('%s: is valid from a date in 2025 or 2026', (_name, item) => {
    expect(validate(LocalDateSchema, item.validFrom).ok).toBe(true);
    expect(item.validFrom.slice(0, 4)).toMatch(/^202[56]$/);
  });

  it.each(itemCases)('%s: passes the publication rules', (_name, item) => {
    expect(checkGuide(item.guide)).toBeNull();
  });
});

describe('deploy/seed/items.json: implementations', () => {
  it('has at least 6 implementations, each of a different base, division and organ', () => {
    expect(seed.implementations.length).toBeGreaterThanOrEqual(6);
    const codes = implementationCases.map(([code]) => code);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });

  it.each(implementationCases)('%s: implements an existing base item', (_name, entry) => {
    expect(bases.has(entry.baseCode)).toBe(true);
  });

  it.each(implementationCases)(
    '%s: is made by a department of a division below the base',
    (_name, entry) => {
      const base = bases.get(entry.baseCode);
      expect(divisions.has(entry.division)).toBe(true);
      expect(strictlyBelow(entry.division, base?.division ?? '')).toBe(true);
      expect(departments.get(entry.handlingOrgan)?.division).toBe(entry.division);
    },
  );

  it.each(implementationCases)(
    '%s: only shortens the promised limit and drops optional materials',
    (_name, entry) => {
      const base = bases.get(entry.baseCode)?.guide;
      expect(entry.promisedLimitDays).toBeDefined();
      expect(entry.promisedLimitDays).toBeLessThanOrEqual(base?.promisedLimitDays ?? -1);
      const optional = new Set(
        (base?.materials ?? [])
          .filter((material) => !material.required)
          .map((material) => material.key),
      );
      expect((entry.dropMaterials ?? []).filter((key) => !optional.has(key))).toEqual([]);
    },
  );

  it.each(implementationCases)(
    '%s: its guide is valid and passes the publication rules',
    (_name, entry) => {
      const base = bases.get(entry.baseCode)?.guide;
      if (base === undefined) throw new Error(`no base item ${entry.baseCode}`);
      const guide = implementationGuide(base, entry);
      expect(schemaIssues(guide)).toEqual([]);
      expect(checkGuide(guide)).toBeNull();
      expect(checkImplementation(guide, base)).toBeNull();
    },
  );
});
