import { readFileSync } from 'node:fs';
import { HolidayUtil } from 'lunar-javascript';
import type { NamedDate } from '../../src/calendar-layer';
import type { OfficialAnnouncement } from '../../src/official/official-holidays.data';

/** The first year the committed data carries (the suite's first year of cases). */
export const FIRST_OFFICIAL_YEAR = 2025;

/** The version of the installed lunar-javascript. */
export function installedLunarVersion(): string {
  const manifest = JSON.parse(
    readFileSync(require.resolve('lunar-javascript/package.json'), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

/** Every announced year from `firstYear` on, as lunar-javascript's HolidayUtil carries them. */
export function readLunarAnnouncements(firstYear = FIRST_OFFICIAL_YEAR): OfficialAnnouncement[] {
  const announcements: OfficialAnnouncement[] = [];
  for (let year = firstYear; ; year += 1) {
    const days = HolidayUtil.getHolidays(year);
    if (days.length === 0) {
      return announcements;
    }
    const named = (work: boolean): NamedDate[] =>
      days
        .filter((day) => day.isWork() === work)
        .map((day) => ({ date: day.getDay(), name: day.getName() }))
        .sort((a, b) => a.date.localeCompare(b.date));
    announcements.push({ year, holidays: named(false), adjustedWorkdays: named(true) });
  }
}

/** The source text of `src/official/official-holidays.data.ts` (before prettier). */
export function renderAnnouncementsModule(
  announcements: readonly OfficialAnnouncement[],
  lunarVersion: string,
): string {
  const entries = (days: readonly NamedDate[]) =>
    days.map((day) => `      { date: '${day.date}', name: '${day.name}' },\n`).join('');
  const years = announcements
    .map(
      (announcement) =>
        `  {\n    year: ${announcement.year},\n` +
        `    holidays: [\n${entries(announcement.holidays)}    ],\n` +
        `    adjustedWorkdays: [\n${entries(announcement.adjustedWorkdays)}    ],\n  },\n`,
    )
    .join('');
  return `// Generated from lunar-javascript ${lunarVersion} by
// libs/domain/calendar/test/official-holidays/generate.ts — do not edit by hand. After upgrading
// lunar-javascript, regenerate (official-holidays.drift.spec.ts fails until then):
//   node -r @swc-node/register libs/domain/calendar/test/official-holidays/generate.ts
import type { NamedDate } from '../calendar-layer';

/** One year's State Council announcement (国务院办公厅关于部分节假日安排的通知). */
export interface OfficialAnnouncement {
  readonly year: number;
  /** Days off, including those that fall on a weekend. */
  readonly holidays: readonly NamedDate[];
  /** Weekend days that are working days (调休). */
  readonly adjustedWorkdays: readonly NamedDate[];
}

/** Where the announcements below were taken from. */
export const OFFICIAL_ANNOUNCEMENTS_SOURCE = 'lunar-javascript ${lunarVersion}';

/** The announcements, one per year, ascending. */
export const OFFICIAL_ANNOUNCEMENTS: readonly OfficialAnnouncement[] = [
${years}];
`;
}
