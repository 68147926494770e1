import type { CalendarLayer } from '../calendar-layer';
import { OFFICIAL_ANNOUNCEMENTS, OFFICIAL_ANNOUNCEMENTS_SOURCE } from './official-holidays.data';

/** The name of the national layer, as shown in explanations of a day. */
export const OFFICIAL_CHINA_LAYER_NAME = '国务院节假日安排';

/** The years whose State Council announcement this library carries, ascending. */
export const OFFICIAL_CHINA_YEARS: readonly number[] = OFFICIAL_ANNOUNCEMENTS.map(
  (announcement) => announcement.year,
);

/**
 * The national layer: the public holidays and adjusted working days (调休) the State Council
 * announced for `years` (default: every year carried), with those years marked announced.
 * Throws a `RangeError` for a year not carried: leave it out and it counts weekends only, marked
 * provisional, until the library is updated or a layer adds that year's announcement.
 */
export function officialChinaCalendar(
  years: readonly number[] = OFFICIAL_CHINA_YEARS,
): CalendarLayer {
  const chosen = years.map((year) => {
    const announcement = OFFICIAL_ANNOUNCEMENTS.find((candidate) => candidate.year === year);
    if (!announcement) {
      throw new RangeError(
        `国务院 ${year} 年节假日安排尚未收录（${OFFICIAL_ANNOUNCEMENTS_SOURCE}，` +
          `已收录 ${OFFICIAL_CHINA_YEARS.join('、')} 年）`,
      );
    }
    return announcement;
  });
  return {
    name: OFFICIAL_CHINA_LAYER_NAME,
    announcedYears: chosen.map((announcement) => announcement.year),
    holidays: chosen.flatMap((announcement) => announcement.holidays),
    adjustedWorkdays: chosen.flatMap((announcement) => announcement.adjustedWorkdays),
  };
}
