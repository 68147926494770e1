import { type DivisionListFormat, type ErrorCode } from '@gov/contracts';
import { type DivisionLevel, tryParseDivisionCode } from '@gov/division';

/** One division of a code list, with the line it came from (1-based, the header included). */
export interface DivisionListRow {
  readonly line: number;
  readonly code: string;
  readonly name: string;
  readonly level: DivisionLevel;
  readonly parentCode: string | null;
}

/** Something wrong with a list: its line (null when it is not about a line) and a registry code. */
export interface DivisionListProblem {
  readonly line: number | null;
  readonly code: ErrorCode;
  readonly message: string;
  readonly divisionCode?: string;
}

export interface ParsedDivisionList {
  /** The format read (requested or detected); null when the text has no data line. */
  readonly format: DivisionListFormat | null;
  readonly rows: readonly DivisionListRow[];
  readonly problems: readonly DivisionListProblem[];
  /** Lines holding a division (not blank, not the header, not a comment), valid or not. */
  readonly dataLines: number;
}

interface Columns {
  readonly code: number;
  readonly name: number;
  readonly urbanRural: number | null;
}

const HEADER_NAMES = {
  code: ['code', '代码', '区划代码', '行政区划代码', '统计用区划代码'],
  name: ['name', '名称', '区划名称', '行政区划名称', '单位名称'],
  urbanRural: ['城乡分类代码', '城乡分类', 'urbanruralcode', 'urban_rural_code', 'urbanrural'],
};
/** Code lengths of the statistical lists: 12 digits, or modood's per-level 2/4/6/9 digits. */
const STATS_CODE_LENGTHS = new Set([2, 4, 6, 9, 12]);
const MAX_NAME_LENGTH = 100;

/**
 * Reads a division code list as the public lists publish it: GB/T 2260 (`110000<TAB>北京市`, also
 * cn/GB2260's `Source Revision Code Name` TSV) or the statistical division codes (12 digits, name,
 * optionally the urban-rural classification column; modood's CSVs with their header and 2–12 digit
 * codes). Tab, comma (with CSV quotes) or spaces separate the columns; one header line is optional.
 * Every line is checked; problems name their line, so a person can fix the file.
 */
export function parseDivisionList(
  content: string,
  requested?: DivisionListFormat,
): ParsedDivisionList {
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const problems: DivisionListProblem[] = [];
  const rows: DivisionListRow[] = [];
  const firstLineAt = new Map<string, number>();
  let split: ((line: string) => string[]) | undefined;
  let columns: Columns | null | undefined;
  let format: DivisionListFormat | null = requested ?? null;
  let dataLines = 0;

  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    split ??= splitterFor(text);
    const fields = split(text);
    if (columns === undefined) {
      if (!/^\d+$/.test(fields[0] ?? '')) {
        columns = headerColumns(fields);
        if (columns === null) {
          problems.push({
            line,
            code: 'CATALOG.DIVISION_LIST_FORMAT_UNKNOWN',
            message: `第 ${line} 行像是表头，但找不到“代码”和“名称”列（可用 code/name、统计用区划代码/名称 等列名）`,
          });
          return { format: null, rows, problems, dataLines };
        }
        continue;
      }
      columns = null;
    }
    dataLines += 1;
    const row = readRow(line, fields, columns);
    if ('problem' in row) {
      problems.push(row.problem);
      continue;
    }
    format ??= row.rawCode.length === 6 && row.urbanRural === undefined ? 'gb2260' : 'stats';
    const checked = checkRow(line, row, format);
    if ('problem' in checked) {
      problems.push(checked.problem);
      continue;
    }
    const first = firstLineAt.get(checked.code);
    if (first !== undefined) {
      problems.push({
        line,
        code: 'CATALOG.DIVISION_ROW_DUPLICATE',
        message: `第 ${line} 行的区划代码 ${checked.code} 与第 ${first} 行重复`,
        divisionCode: checked.code,
      });
      continue;
    }
    firstLineAt.set(checked.code, line);
    rows.push(checked);
  }
  if (dataLines === 0) {
    problems.push({
      line: null,
      code: 'CATALOG.DIVISION_LIST_EMPTY',
      message: '代码表中没有任何区划行（空行、表头和以 # 开头的注释行不计）',
    });
  }
  return { format: dataLines === 0 ? null : format, rows, problems, dataLines };
}

interface RawRow {
  readonly rawCode: string;
  readonly name: string;
  readonly urbanRural: string | undefined;
}

function readRow(
  line: number,
  fields: readonly string[],
  columns: Columns | null,
): RawRow | { problem: DivisionListProblem } {
  const rawCode = fields[columns?.code ?? 0] ?? '';
  if (columns !== null) {
    const urbanRural = columns.urbanRural === null ? '' : (fields[columns.urbanRural] ?? '');
    return { rawCode, name: fields[columns.name] ?? '', urbanRural: urbanRural || undefined };
  }
  const rest = fields.slice(1);
  if (rest.length === 0) {
    return malformed(line, `第 ${line} 行只有一列：应为“代码、名称”两列（可加城乡分类代码列）`);
  }
  const name = rest.find((field) => !/^\d*$/.test(field)) ?? '';
  const urbanRural = rest.length >= 2 ? rest.find((field) => /^\d{3}$/.test(field)) : undefined;
  return { rawCode, name, urbanRural };
}

function checkRow(
  line: number,
  row: RawRow,
  format: DivisionListFormat,
): DivisionListRow | { problem: DivisionListProblem } {
  const lengthOk =
    format === 'gb2260' ? row.rawCode.length === 6 : STATS_CODE_LENGTHS.has(row.rawCode.length);
  if (!/^\d+$/.test(row.rawCode) || !lengthOk) {
    const expected =
      format === 'gb2260' ? 'GB/T 2260 代码表的代码应为 6 位数字' : '统计用区划代码应为 12 位数字';
    return malformed(line, `第 ${line} 行的代码“${shown(row.rawCode)}”无效：${expected}`);
  }
  const parsed = tryParseDivisionCode(row.rawCode.padEnd(row.rawCode.length > 6 ? 12 : 6, '0'));
  if (!parsed.ok) {
    return {
      problem: {
        line,
        code: 'CATALOG.DIVISION_CODE_INVALID',
        message: `第 ${line} 行：${parsed.message}`,
        divisionCode: row.rawCode,
      },
    };
  }
  const name = row.name.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || /\p{Cc}/u.test(name)) {
    return {
      problem: {
        line,
        code: 'CATALOG.DIVISION_NAME_INVALID',
        message:
          name.length === 0
            ? `第 ${line} 行缺少区划名称`
            : `第 ${line} 行的区划名称应为 1 至 ${MAX_NAME_LENGTH} 个字且不含控制字符`,
        divisionCode: parsed.code.value,
      },
    };
  }
  if (row.urbanRural !== undefined && !/^\d{3}$/.test(row.urbanRural)) {
    return malformed(line, `第 ${line} 行的城乡分类代码“${shown(row.urbanRural)}”应为 3 位数字`);
  }
  return {
    line,
    code: parsed.code.value,
    name,
    level: parsed.code.level,
    parentCode: parsed.code.parent()?.value ?? null,
  };
}

function malformed(line: number, message: string): { problem: DivisionListProblem } {
  return { problem: { line, code: 'CATALOG.DIVISION_ROW_MALFORMED', message } };
}

function headerColumns(fields: readonly string[]): Columns | null {
  const names = fields.map((field) => field.toLowerCase().replace(/\s+/g, ''));
  const find = (candidates: readonly string[]) => {
    const index = names.findIndex((name) => candidates.includes(name));
    return index < 0 ? null : index;
  };
  const code = find(HEADER_NAMES.code);
  const name = find(HEADER_NAMES.name);
  if (code === null || name === null) return null;
  return { code, name, urbanRural: find(HEADER_NAMES.urbanRural) };
}

/** The columns of a line, split the way the first line of the file is separated. */
function splitterFor(firstLine: string): (line: string) => string[] {
  if (firstLine.includes('\t')) return (line) => line.split('\t').map(unquote);
  if (firstLine.includes(',')) return splitCsv;
  return (line) => {
    const [code = '', ...name] = line.trim().split(/\s+/);
    return [code, name.join(' ')];
  };
}

/** One CSV line (RFC 4180 quoting; a list's names never span lines). */
function splitCsv(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === ',') {
      fields.push(field.trim());
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field.trim());
  return fields;
}

function unquote(field: string): string {
  const trimmed = field.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).replace(/""/g, '"').trim()
    : trimmed;
}

function shown(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
