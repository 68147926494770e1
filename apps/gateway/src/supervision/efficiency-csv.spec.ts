import { type EfficiencyFigures, type EfficiencyReport } from '@gov/contracts';
import { csvCell, decimal, efficiencyCsv, efficiencyCsvFileName, percent } from './efficiency-csv';

const figures: EfficiencyFigures = {
  received: 12,
  accepted: 10,
  concluded: 8,
  onTime: 7,
  onTimeRate: 7 / 8,
  early: 3,
  earlyRate: 3 / 8,
  averageWorkingDays: 2.25,
  p90WorkingDays: 4.3,
  overdue: 1,
  suspensions: 2,
  extensions: 1,
  rated: 3,
  satisfaction: 11 / 3,
  badReviews: 1,
  rectified: 1,
  rectificationRate: 1,
};

const report: EfficiencyReport = {
  from: '2025-11-01',
  to: '2025-11-30',
  division: '330102000000',
  groupBy: 'department',
  rows: [
    { key: '11330102002528004D', name: '上城区市场监督管理局', ...figures },
    {
      key: null,
      name: '未指定承办部门',
      ...figures,
      concluded: 0,
      onTimeRate: null,
      satisfaction: null,
    },
  ],
  total: figures,
};

describe('the efficiency report as CSV', () => {
  const csv = efficiencyCsv(report);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a UTF-8 byte order mark, so Excel reads the Chinese', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('has Chinese headers naming the grouping, then one line a group, then the total', () => {
    expect(lines[0]?.split(',').slice(0, 5)).toEqual([
      '部门代码',
      '承办部门',
      '收件数',
      '受理数',
      '办结数',
    ]);
    expect(lines[1]).toBe(
      '11330102002528004D,上城区市场监督管理局,12,10,8,7,87.5%,3,37.5%,2.3,4.3,1,2,1,3,3.67,1,1,100.0%',
    );
    expect(lines[3]?.startsWith(',合计,12,')).toBe(true);
    expect(lines[4]).toBe('');
  });

  it('leaves a cell empty where a figure has no value', () => {
    expect(lines[2]?.split(',')[6]).toBe('');
    expect(lines[2]?.split(',')[15]).toBe('');
  });

  it('names the file after the subtree, the period and the grouping', () => {
    expect(efficiencyCsvFileName(report)).toBe(
      'efficiency-330102000000-2025-11-01-2025-11-30-department.csv',
    );
  });

  it('writes rates as percentages with one decimal and numbers plainly', () => {
    expect([percent(0.95561), percent(0), percent(null)]).toEqual(['95.6%', '0.0%', '']);
    expect([decimal(3, 1), decimal(2.25, 1), decimal(4.666, 2)]).toEqual(['3', '2.3', '4.67']);
  });

  it('quotes cells holding commas or quotes, and defuses what a spreadsheet would run', () => {
    expect(csvCell('甲,乙')).toBe('"甲,乙"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('上城区')).toBe('上城区');
  });
});
