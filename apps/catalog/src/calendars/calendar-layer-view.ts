import { type CalendarLayerReply } from '@gov/contracts';
import {
  type CalendarLayer,
  type CalendarProblem,
  type DateOverride,
  isLocalDate,
  type NamedDate,
  OFFICIAL_CHINA_YEARS,
  officialChinaCalendar,
} from '@gov/calendar';

/** One year's State Council holiday announcement as the province's layer stores it. */
export interface Announcement {
  readonly year: number;
  readonly holidays: readonly NamedDate[];
  readonly adjustedWorkdays: readonly NamedDate[];
}

/** A division's stored layer (or the built-in official one of a province), ready to answer from. */
export interface LayerView {
  readonly division: string;
  /** The division's name: how explanations of a day name the layer. */
  readonly name: string;
  /** 0 while nothing is stored for the division yet. */
  readonly version: number;
  readonly announcements: readonly Announcement[];
  readonly overrides: readonly DateOverride[];
}

/** A problem of a calendar change: the library's, or the catalogue's own (`date-outside-year`). */
export type CalendarIssue = Omit<CalendarProblem, 'code'> & { readonly code: string };

/** The announcements `@gov/calendar` carries (2025–2026), one per year: the province's start. */
export function officialAnnouncements(): Announcement[] {
  return OFFICIAL_CHINA_YEARS.map((year) => {
    const layer = officialChinaCalendar([year]);
    return {
      year,
      holidays: layer.holidays ?? [],
      adjustedWorkdays: layer.adjustedWorkdays ?? [],
    };
  });
}

/** The layer as `WorkingCalendar.fromLayers` takes it. */
export function toCalendarLayer(view: LayerView): CalendarLayer {
  return {
    name: view.name,
    announcedYears: view.announcements.map((announcement) => announcement.year),
    holidays: view.announcements.flatMap((announcement) => announcement.holidays),
    adjustedWorkdays: view.announcements.flatMap((announcement) => announcement.adjustedWorkdays),
    overrides: view.overrides,
  };
}

export function toLayerReply(view: LayerView): CalendarLayerReply {
  const layer = toCalendarLayer(view);
  return {
    division: view.division,
    name: view.name,
    version: view.version,
    announcedYears: [...(layer.announcedYears ?? [])],
    holidays: (layer.holidays ?? []).map(({ date, name }) => ({ date, name })),
    adjustedWorkdays: (layer.adjustedWorkdays ?? []).map(({ date, name }) => ({ date, name })),
    overrides: (layer.overrides ?? []).map(({ date, working, reason }) => ({
      date,
      working,
      reason,
    })),
  };
}

/**
 * Dates of a year's announcement that lie outside it. The New Year holiday may begin in the last
 * days of December of the year before (as it did for 2024), so December of that year is admitted.
 */
export function datesOutsideYear(announcement: Announcement, layer: string): CalendarIssue[] {
  const { year } = announcement;
  const first = `${year - 1}-12-01`;
  const last = `${year}-12-31`;
  const lists = [
    ['holidays', '节假日', announcement.holidays],
    ['adjustedWorkdays', '调休工作日', announcement.adjustedWorkdays],
  ] as const;
  return lists.flatMap(([list, label, dates]) =>
    dates.flatMap(({ date }, at) =>
      isLocalDate(date) && (date < first || date > last)
        ? [
            {
              code: 'date-outside-year',
              layer,
              path: `${list}[${at}].date`,
              message: `${year} 年节假日安排的${label} ${date} 不在 ${year} 年内（元旦假期最早可从上一年 12 月开始）`,
            },
          ]
        : [],
    ),
  );
}
