import {
  type EfficiencyFigures,
  type EfficiencyGrouping,
  type EfficiencyReport,
} from '@gov/contracts';

/** The byte order mark: without it Excel reads UTF-8 as the local code page and garbles Chinese. */
export const UTF8_BOM = '\uFEFF';

const GROUP_HEADERS: Record<EfficiencyGrouping, readonly [string, string]> = {
  department: ['部门代码', '承办部门'],
  item: ['事项编码', '事项名称'],
  window: ['窗口号', '窗口'],
  staff: ['用户名', '工作人员'],
  division: ['区划代码', '区划'],
};

/** The figure columns, in the order leaders read them, with how each is written. */
const FIGURE_COLUMNS: readonly (readonly [string, (figures: EfficiencyFigures) => string])[] = [
  ['收件数', (f) => String(f.received)],
  ['受理数', (f) => String(f.accepted)],
  ['办结数', (f) => String(f.concluded)],
  ['按时办结数', (f) => String(f.onTime)],
  ['按时办结率', (f) => percent(f.onTimeRate)],
  ['提前办结数', (f) => String(f.early)],
  ['提前办结率', (f) => percent(f.earlyRate)],
  ['平均办理用时（工作日）', (f) => decimal(f.averageWorkingDays, 1)],
  ['90%办结用时（工作日）', (f) => decimal(f.p90WorkingDays, 1)],
  ['超期办结数', (f) => String(f.overdue)],
  ['中止次数', (f) => String(f.suspensions)],
  ['延期件数', (f) => String(f.extensions)],
  ['评价数', (f) => String(f.rated)],
  ['满意度（5分制）', (f) => decimal(f.satisfaction, 2)],
  ['差评数', (f) => String(f.badReviews)],
  ['差评已整改数', (f) => String(f.rectified)],
  ['差评整改率', (f) => percent(f.rectificationRate)],
];

/**
 * The report as CSV for Excel (RFC 4180, CRLF): a UTF-8 BOM, Chinese headers, one line a group
 * and a last line 合计; counts as plain numbers, rates as percentages with one decimal, empty
 * cells where a figure has no value (no case concluded, no rating).
 */
export function efficiencyCsv(report: EfficiencyReport): string {
  const header = [...GROUP_HEADERS[report.groupBy], ...FIGURE_COLUMNS.map(([name]) => name)];
  const line = (code: string, name: string, figures: EfficiencyFigures) => [
    code,
    name,
    ...FIGURE_COLUMNS.map(([, write]) => write(figures)),
  ];
  const lines = [
    header,
    ...report.rows.map((row) => line(row.key ?? '', row.name, row)),
    line('', '合计', report.total),
  ];
  return UTF8_BOM + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The file name of a report: what, where and when, in ASCII so every browser keeps it. */
export function efficiencyCsvFileName(report: EfficiencyReport): string {
  return `efficiency-${report.division}-${report.from}-${report.to}-${report.groupBy}.csv`;
}

/** `0.955` → `95.5%`; empty when there is nothing to rate. */
export function percent(rate: number | null): string {
  return rate === null ? '' : `${(rate * 100).toFixed(1)}%`;
}

/** A number rounded to `digits` decimals, without trailing zeros; empty when absent. */
export function decimal(value: number | null, digits: number): string {
  if (value === null) return '';
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}

/**
 * One cell: quoted when it holds a comma, a quote or a line break; a text a spreadsheet would
 * take for a formula (=, +, -, @) is prefixed with an apostrophe, so a name can never run one.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
