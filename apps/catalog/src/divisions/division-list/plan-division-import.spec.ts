import { parseDivisionList } from './parse-division-list';
import {
  type CatalogueDivision,
  catalogueNeededFor,
  commonDivision,
  type DivisionImportInput,
  planDivisionImport,
  type SuccessorMapping,
} from './plan-division-import';

function division(code: string, name: string, overrides: Partial<CatalogueDivision> = {}) {
  const [row] = parseDivisionList(`${code}\t${name}`, 'stats').rows;
  if (row === undefined) throw new Error(`bad fixture ${code}`);
  return {
    code: row.code,
    name,
    level: row.level,
    parentCode: row.parentCode,
    validFrom: null,
    validTo: null,
    successorCodes: [],
    ...overrides,
  } satisfies CatalogueDivision;
}

/** 西湖区 with two streets and their communities, below 杭州市 and 浙江省. */
const catalogue = new Map(
  [
    division('330000000000', '浙江省'),
    division('330100000000', '杭州市'),
    division('330106000000', '西湖区'),
    division('330106004000', '北山街道'),
    division('330106004001', '曙光路社区'),
    division('330106109000', '转塘街道'),
    division('330106109201', '长埭村'),
    division('330106109202', '龙坞村'),
  ].map((entry) => [entry.code, entry]),
);

function plan(
  lines: string[],
  options: { successors?: SuccessorMapping[]; catalogue?: Map<string, CatalogueDivision> } = {},
) {
  const list = parseDivisionList(lines.join('\n'), 'stats');
  expect(list.problems).toEqual([]);
  const input: DivisionImportInput = {
    rows: list.rows,
    effectiveDate: '2026-12-01',
    successors: options.successors ?? [],
    catalogue: options.catalogue ?? catalogue,
  };
  return planDivisionImport(input);
}

const westLake = [
  '330106000000\t西湖区',
  '330106004000\t北山街道',
  '330106004001\t曙光路社区',
  '330106109000\t转塘街道',
  '330106109201\t长埭村',
  '330106109202\t龙坞村',
];

describe('planDivisionImport', () => {
  it('changes nothing when the list matches the catalogue', () => {
    expect(plan(westLake)).toEqual({
      ok: true,
      changes: {
        added: [],
        renamed: [],
        abolished: [],
        reinstated: [],
        counts: { added: 0, renamed: 0, abolished: 0, reinstated: 0, unchanged: 6 },
      },
    });
  });

  it('adds a township, renames a village and abolishes one with its successor', () => {
    const result = plan(
      [
        ...westLake.filter((line) => !line.startsWith('330106109202')),
        '330106110000\t双浦镇',
        '330106110201\t袁浦村',
      ].map((line) => (line.startsWith('330106004001') ? '330106004001\t曙光社区' : line)),
      { successors: [{ code: '330106109202', successorCodes: ['330106109201'] }] },
    );
    expect(result).toEqual({
      ok: true,
      changes: {
        added: [
          {
            code: '330106110000',
            name: '双浦镇',
            level: 'township',
            parentCode: '330106000000',
          },
          {
            code: '330106110201',
            name: '袁浦村',
            level: 'village',
            parentCode: '330106110000',
          },
        ],
        renamed: [{ code: '330106004001', name: '曙光社区', previousName: '曙光路社区' }],
        abolished: [{ code: '330106109202', name: '龙坞村', successorCodes: ['330106109201'] }],
        reinstated: [],
        counts: { added: 2, renamed: 1, abolished: 1, reinstated: 0, unchanged: 4 },
      },
    });
  });

  it('abolishes what lies below an abolished division, even at levels the list omits', () => {
    // A GB/T 2260 style list of the city down to its districts, without 西湖区.
    const result = plan(['330100000000\t杭州市', '330102000000\t上城区']);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.changes.added.map((entry) => entry.code)).toEqual(['330102000000']);
    expect(result.changes.abolished.map((entry) => entry.code)).toEqual([
      '330106000000',
      '330106004000',
      '330106004001',
      '330106109000',
      '330106109201',
      '330106109202',
    ]);
  });

  it('leaves levels the list does not cover alone below divisions it keeps', () => {
    const result = plan(['330100000000\t杭州市', '330106000000\t西湖区']);
    expect(result).toMatchObject({ ok: true, changes: { abolished: [] } });
  });

  it('refuses a row whose parent is neither in the list nor valid in the catalogue', () => {
    const result = plan(['330106004000\t北山街道', '330199001000\t无上级街道']);
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          line: 2,
          code: 'CATALOG.DIVISION_PARENT_MISSING',
          divisionCode: '330199001000',
        }),
      ],
    });
  });

  it('refuses a row whose parent this very list abolishes', () => {
    const result = plan(['330106000000\t西湖区', '330106004000\t北山街道', '330106109201\t长埭村']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.line, problem.code])).toEqual([
      [3, 'CATALOG.DIVISION_PARENT_MISSING'],
    ]);
  });

  it('refuses a parent that was abolished before the effective date', () => {
    const abolished = new Map(catalogue);
    abolished.set('330106109000', division('330106109000', '转塘街道', { validTo: '2025-01-01' }));
    const result = plan(['330106109203\t新村'], { catalogue: abolished });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ line: 1, code: 'CATALOG.DIVISION_PARENT_MISSING' }],
    });
  });

  it('reinstates an abolished division the list names again', () => {
    const abolished = new Map(catalogue);
    abolished.set(
      '330106109202',
      division('330106109202', '龙坞村', {
        validTo: '2025-01-01',
        successorCodes: ['330106109201'],
      }),
    );
    const result = plan(westLake, { catalogue: abolished });
    expect(result).toMatchObject({
      ok: true,
      changes: {
        reinstated: [{ code: '330106109202', name: '龙坞村' }],
        counts: { reinstated: 1, unchanged: 5 },
      },
    });
  });

  it('refuses successors of a division the list does not abolish, or that are not valid after it', () => {
    const result = plan(westLake.slice(0, 5), {
      successors: [
        { code: '330106004001', successorCodes: ['330106004000'] },
        { code: '330106109202', successorCodes: ['330106999000'] },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { line: null, code: 'CATALOG.DIVISION_SUCCESSOR_INVALID', divisionCode: '330106004001' },
        { line: null, code: 'CATALOG.DIVISION_SUCCESSOR_INVALID', divisionCode: '330106109202' },
      ],
    });
  });

  it('refuses successors that lead back to the abolished division', () => {
    const result = plan(westLake.slice(0, 4), {
      successors: [
        { code: '330106109201', successorCodes: ['330106109202'] },
        { code: '330106109202', successorCodes: ['330106109201'] },
        { code: '330106109000', successorCodes: ['330106109000'] },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.code, problem.divisionCode])).toEqual([
      ['CATALOG.DIVISION_SUCCESSOR_CYCLE', '330106109201'],
      ['CATALOG.DIVISION_SUCCESSOR_CYCLE', '330106109202'],
      ['CATALOG.DIVISION_SUCCESSOR_CYCLE', '330106109000'],
    ]);
  });

  it('refuses to abolish a division on the very day it becomes valid', () => {
    const recent = new Map(catalogue);
    recent.set('330106109202', division('330106109202', '龙坞村', { validFrom: '2026-12-01' }));
    const result = plan(westLake.slice(0, 5), { catalogue: recent });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'CATALOG.DIVISION_VALIDITY_CONFLICT', divisionCode: '330106109202' }],
    });
  });

  it('leaves alone a division that becomes valid only after the effective date', () => {
    const later = new Map(catalogue);
    later.set('330106109202', division('330106109202', '龙坞村', { validFrom: '2027-01-01' }));
    expect(plan(westLake.slice(0, 5), { catalogue: later })).toMatchObject({
      ok: true,
      changes: { abolished: [], counts: { unchanged: 5 } },
    });
  });
});

describe('commonDivision and catalogueNeededFor', () => {
  it('finds the deepest division holding every code, or none across provinces', () => {
    expect(commonDivision(['330106004001', '330106109201'])).toBe('330106000000');
    expect(commonDivision(['330106004001'])).toBe('330106004001');
    expect(commonDivision(['330106004001', '330212101201'])).toBe('330000000000');
    expect(commonDivision(['330106004001', '110101000000'])).toBeNull();
  });

  it('asks for the common subtree and the parents and successors named outside it', () => {
    const { rows } = parseDivisionList('330106004000\t北山街道\n330106004001\t曙光路社区');
    expect(
      catalogueNeededFor(rows, [{ code: '330106004002', successorCodes: ['330105001000'] }]),
    ).toEqual({
      subtreePrefix: '330106004',
      codes: ['330106000000', '330106004000', '330106004002', '330105001000'],
    });
  });
});
