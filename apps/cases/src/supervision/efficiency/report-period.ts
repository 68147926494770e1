import {
  addCalendarDays,
  endOfLocalDay,
  InvalidLocalDateError,
  type LocalDate,
  parseLocalDate,
} from '@gov/calendar';
import { GovError } from '@gov/contracts';

const DAY_MS = 24 * 3600 * 1000;

/** A report's period: local days (Asia/Shanghai), both included, and the instants bounding it. */
export interface ReportPeriod {
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** 00:00 of `from`, Asia/Shanghai: included. */
  readonly startsAt: Date;
  /** 24:00 of `to`, Asia/Shanghai: excluded. */
  readonly endsAt: Date;
}

/**
 * The period `[from, to]` as asked, refused when it runs backwards or covers more than
 * `maxDays` calendar days (a report over years would scan years of cases in one request).
 */
export function reportPeriod(from: string, to: string, maxDays: number): ReportPeriod {
  const first = localDate('from', from);
  const last = localDate('to', to);
  if (last < first) {
    throw new GovError('STATISTICS.PERIOD_REVERSED', undefined, { from, to });
  }
  const days = (Date.parse(last) - Date.parse(first)) / DAY_MS + 1;
  if (days > maxDays) {
    throw new GovError(
      'STATISTICS.PERIOD_TOO_LONG',
      `统计期间共 ${days} 天，超过了允许的 ${maxDays} 天，请缩短期间（例如按月或按季度统计）后重试`,
      { from, to, days, maxDays },
    );
  }
  return {
    from: first,
    to: last,
    startsAt: endOfLocalDay(addCalendarDays(first, -1)),
    endsAt: endOfLocalDay(last),
  };
}

function localDate(field: 'from' | 'to', text: string): LocalDate {
  try {
    return parseLocalDate(text);
  } catch (error) {
    if (!(error instanceof InvalidLocalDateError)) throw error;
    throw new GovError('PLATFORM.VALIDATION_FAILED', `统计期间的日期 ${text} 无效`, { field });
  }
}

/** One local day of a period and the instants bounding it (00:00 included, 24:00 excluded). */
export interface ReportDay {
  readonly day: LocalDate;
  readonly startsAt: Date;
  readonly endsAt: Date;
}

/** The days of a period, first to last. */
export function daysOf(period: ReportPeriod): ReportDay[] {
  const days: ReportDay[] = [];
  for (let day = period.from; day <= period.to; day = addCalendarDays(day, 1)) {
    days.push({
      day,
      startsAt: endOfLocalDay(addCalendarDays(day, -1)),
      endsAt: endOfLocalDay(day),
    });
  }
  return days;
}
