import type { CalendarLayer } from './calendar-layer';
import type { CalendarProblem, CalendarProblemCode } from './invalid-calendar.error';
import {
  MAX_YEAR,
  MIN_YEAR,
  toLocalDate,
  tryDayNumberOf,
  weekdayIndexOf,
  type DayNumber,
} from './local-date';
import { DEFAULT_WEEKEND_DAYS, isWeekday, WEEKDAYS } from './weekday';

/** What decided a dated day: a public holiday, an adjusted working day (调休) or a local override. */
export type DatedDayKind = 'holiday' | 'adjusted-workday' | 'override';

/** The status of one date as the last layer that named it set it. */
export interface DatedEntry {
  readonly working: boolean;
  readonly kind: DatedDayKind;
  /** The holiday's or adjusted day's name, or the override's reason. */
  readonly name: string;
  readonly layer: string;
}

/** The layers folded into one: the weekly rule, the dated days and the announced years. */
export interface CompiledCalendar {
  /** Indexed 0 = Monday … 6 = Sunday. */
  readonly weekend: readonly boolean[];
  readonly entries: ReadonlyMap<DayNumber, DatedEntry>;
  readonly announcedYears: ReadonlySet<number>;
}

type DatedList = 'holidays' | 'adjustedWorkdays' | 'overrides';

const LIST_LABELS: Record<DatedList, string> = {
  holidays: '节假日',
  adjustedWorkdays: '调休工作日',
  overrides: '单日调整',
};
const WEEKDAY_LABELS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

/** A dated item of any list, reduced to what the calendar needs. */
interface DatedItem {
  readonly date: string;
  readonly working: unknown;
  readonly name: unknown;
}

/**
 * Checks every layer and folds them, province first: a later layer's dated entry replaces an
 * earlier one for that date, a later `weekendDays` replaces the weekly rule, announced years add up.
 */
export function compileCalendarLayers(
  layers: readonly CalendarLayer[],
): { ok: true; calendar: CompiledCalendar } | { ok: false; problems: CalendarProblem[] } {
  const problems: CalendarProblem[] = [];
  let weekend = weekendFlags(DEFAULT_WEEKEND_DAYS);
  const entries = new Map<DayNumber, DatedEntry>();
  const announcedYears = new Set<number>();

  for (const [index, layer] of layers.entries()) {
    const named = typeof layer.name === 'string' && layer.name.trim() !== '';
    const label = named ? layer.name : `#${index + 1}`;
    const report = (code: CalendarProblemCode, path: string, message: string) =>
      problems.push({ code, layer: label, path, message: `日历层级“${label}”${message}` });
    if (!named) {
      report('missing-layer-name', 'name', '缺少名称');
    }
    if (layer.weekendDays !== undefined) {
      weekend = checkedWeekend(layer.weekendDays, report) ?? weekend;
    }
    for (const [at, year] of (layer.announcedYears ?? []).entries()) {
      if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
        report('invalid-year', `announcedYears[${at}]`, `的已公布年份“${String(year)}”无效`);
      } else {
        announcedYears.add(year);
      }
    }

    const seen = new Map<DayNumber, DatedList>();
    const lists: [DatedList, readonly DatedItem[]][] = [
      ['holidays', (layer.holidays ?? []).map((h) => ({ ...h, working: false }))],
      ['adjustedWorkdays', (layer.adjustedWorkdays ?? []).map((a) => ({ ...a, working: true }))],
      ['overrides', (layer.overrides ?? []).map((o) => ({ ...o, name: o.reason }))],
    ];
    for (const [list, items] of lists) {
      for (const [at, item] of items.entries()) {
        const path = `${list}[${at}]`;
        const day = tryDayNumberOf(item.date);
        if (day === null) {
          report(
            'malformed-date',
            `${path}.date`,
            `的${LIST_LABELS[list]}第 ${at + 1} 项日期“${String(item.date)}”不是 YYYY-MM-DD 格式的真实日期（${MIN_YEAR}–${MAX_YEAR} 年）`,
          );
          continue;
        }
        const date = toLocalDate(day);
        const nameField = list === 'overrides' ? 'reason' : 'name';
        if (typeof item.name !== 'string' || item.name.trim() === '') {
          report(
            'missing-name',
            `${path}.${nameField}`,
            `的${LIST_LABELS[list]} ${date} 缺少${nameField === 'reason' ? '原因' : '名称'}`,
          );
        }
        if (typeof item.working !== 'boolean') {
          report('invalid-override', `${path}.working`, `的单日调整 ${date} 未说明是否上班`);
        }
        const earlier = seen.get(day);
        if (earlier === list) {
          report('duplicate-date', `${path}.date`, `的${LIST_LABELS[list]}重复列出 ${date}`);
        } else if (earlier !== undefined) {
          report(
            'conflicting-date',
            `${path}.date`,
            `中 ${date} 同时列为${LIST_LABELS[earlier]}和${LIST_LABELS[list]}，同一层级中一个日期只能出现一次`,
          );
        }
        seen.set(day, list);
        if (list === 'adjustedWorkdays' && !weekend[weekdayIndexOf(day)]) {
          report(
            'adjusted-workday-not-weekend',
            `${path}.date`,
            `的调休工作日 ${date} 是${WEEKDAY_LABELS[weekdayIndexOf(day)]}，不是周末；调休工作日只能是周末`,
          );
        }
        entries.set(day, {
          working: item.working === true,
          kind: kindOf(list),
          name: String(item.name),
          layer: label,
        });
      }
    }
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, calendar: { weekend, entries, announcedYears } };
}

/** The weekend flags of a valid list, or null (with the problems reported) for an invalid one. */
function checkedWeekend(
  days: readonly unknown[],
  report: (code: CalendarProblemCode, path: string, message: string) => void,
): boolean[] | null {
  let valid = true;
  for (const [at, day] of days.entries()) {
    if (!isWeekday(day)) {
      report(
        'invalid-weekend',
        `weekendDays[${at}]`,
        `的周末设置含未知的星期“${String(day)}”（应为 ${WEEKDAYS.join('、')} 之一）`,
      );
      valid = false;
    } else if (days.indexOf(day) !== at) {
      report('invalid-weekend', `weekendDays[${at}]`, `的周末设置重复列出“${day}”`);
      valid = false;
    }
  }
  if (valid && days.length === WEEKDAYS.length) {
    report('invalid-weekend', 'weekendDays', '把一周七天都设为周末，至少要保留一个工作日');
    valid = false;
  }
  return valid ? weekendFlags(days.filter(isWeekday)) : null;
}

function weekendFlags(days: readonly string[]): boolean[] {
  return WEEKDAYS.map((day) => days.includes(day));
}

function kindOf(list: DatedList): DatedDayKind {
  switch (list) {
    case 'holidays':
      return 'holiday';
    case 'adjustedWorkdays':
      return 'adjusted-workday';
    case 'overrides':
      return 'override';
  }
}
