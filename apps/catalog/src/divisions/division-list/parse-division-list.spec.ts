import { parseDivisionList } from './parse-division-list';

describe('parseDivisionList', () => {
  it('reads a GB/T 2260 list of six-digit codes and names separated by tabs', () => {
    const list = parseDivisionList('330000\t浙江省\n330100\t杭州市\n330106\t西湖区\n');
    expect(list.format).toBe('gb2260');
    expect(list.problems).toEqual([]);
    expect(list.rows).toEqual([
      { line: 1, code: '330000000000', name: '浙江省', level: 'province', parentCode: null },
      { line: 2, code: '330100000000', name: '杭州市', level: 'city', parentCode: '330000000000' },
      {
        line: 3,
        code: '330106000000',
        name: '西湖区',
        level: 'county',
        parentCode: '330100000000',
      },
    ]);
  });

  it('reads cn/GB2260’s Source/Revision/Code/Name TSV by its header', () => {
    const list = parseDivisionList(
      'Source\tRevision\tCode\tName\nmca\t201612\t110000\t北京市\nmca\t201612\t110101\t东城区',
    );
    expect(list.format).toBe('gb2260');
    expect(list.rows.map((row) => [row.line, row.code, row.name])).toEqual([
      [2, '110000000000', '北京市'],
      [3, '110101000000', '东城区'],
    ]);
  });

  it('reads a statistical list with an urban-rural classification column in either place', () => {
    const list = parseDivisionList(
      [
        '统计用区划代码,城乡分类代码,名称',
        '330106004000,,北山街道',
        '330106004001,111,曙光路社区',
      ].join('\r\n'),
    );
    expect(list.format).toBe('stats');
    expect(list.problems).toEqual([]);
    expect(list.rows.map((row) => [row.code, row.name, row.level])).toEqual([
      ['330106004000', '北山街道', 'township'],
      ['330106004001', '曙光路社区', 'village'],
    ]);
    const headerless = parseDivisionList('330106109201,220,长埭村\n330106109202,龙坞茶村,220');
    expect(headerless.rows.map((row) => row.name)).toEqual(['长埭村', '龙坞茶村']);
  });

  it('reads modood’s CSV with quoted names, extra columns and per-level short codes', () => {
    const list = parseDivisionList(
      'code,name,areaCode,provinceCode,cityCode\n330106004,"北山街道",330106,33,3301\n',
    );
    expect(list.format).toBe('stats');
    expect(list.rows).toEqual([
      {
        line: 2,
        code: '330106004000',
        name: '北山街道',
        level: 'township',
        parentCode: '330106000000',
      },
    ]);
  });

  it('takes a byte-order mark, blank lines and comments in its stride', () => {
    const list = parseDivisionList('\uFEFF# 浙江省 2026\n\n330000 浙江省\n\n');
    expect(list.rows.map((row) => row.code)).toEqual(['330000000000']);
    expect(list.dataLines).toBe(1);
  });

  it('reports every bad row with its line number and the reason', () => {
    const list = parseDivisionList(
      [
        'code\tname',
        '330100\t杭州市',
        '33010\t少一位',
        '990100\t不存在的省',
        '330106\t',
        '330100\t杭州市（重复）',
        '330106000000\t位数不对',
      ].join('\n'),
    );
    expect(list.problems.map((problem) => [problem.line, problem.code])).toEqual([
      [3, 'CATALOG.DIVISION_ROW_MALFORMED'],
      [4, 'CATALOG.DIVISION_CODE_INVALID'],
      [5, 'CATALOG.DIVISION_NAME_INVALID'],
      [6, 'CATALOG.DIVISION_ROW_DUPLICATE'],
      [7, 'CATALOG.DIVISION_ROW_MALFORMED'],
    ]);
    expect(list.problems[3]?.message).toContain('第 2 行');
    expect(list.rows.map((row) => row.line)).toEqual([2]);
    expect(list.dataLines).toBe(6);
  });

  it('holds a list to the format asked for', () => {
    const list = parseDivisionList('330106\t西湖区', 'stats');
    expect(list.format).toBe('stats');
    expect(list.rows).toHaveLength(1);
    expect(parseDivisionList('330106004001\t曙光路社区', 'gb2260').problems).toMatchObject([
      { line: 1, code: 'CATALOG.DIVISION_ROW_MALFORMED' },
    ]);
  });

  it('refuses a header without code and name columns, and a list without rows', () => {
    expect(parseDivisionList('区号,地名\n330106,西湖区').problems).toMatchObject([
      { line: 1, code: 'CATALOG.DIVISION_LIST_FORMAT_UNKNOWN' },
    ]);
    const empty = parseDivisionList('code,name\n\n');
    expect(empty.format).toBeNull();
    expect(empty.problems).toMatchObject([{ line: null, code: 'CATALOG.DIVISION_LIST_EMPTY' }]);
  });

  it('refuses a line with a code but no name', () => {
    for (const content of ['330106,', '330106', '330106\t \n330105\t拱墅区']) {
      expect(parseDivisionList(content).problems).toMatchObject([
        { line: 1, code: 'CATALOG.DIVISION_NAME_INVALID', message: '第 1 行缺少区划名称' },
      ]);
    }
  });

  it('refuses a headerless line of a code alone in a comma-separated list', () => {
    expect(parseDivisionList('330105,拱墅区\n330106').problems).toMatchObject([
      { line: 2, code: 'CATALOG.DIVISION_ROW_MALFORMED' },
    ]);
  });
});
