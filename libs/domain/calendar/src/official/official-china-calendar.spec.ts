import { parseLocalDate } from '../local-date';
import { WorkingCalendar } from '../working-calendar';
import {
  OFFICIAL_CHINA_LAYER_NAME,
  OFFICIAL_CHINA_YEARS,
  officialChinaCalendar,
} from './official-china-calendar';

const d = parseLocalDate;
const calendar = WorkingCalendar.fromLayers([officialChinaCalendar()]);

describe('the State Council announcements', () => {
  it('carry 2025 and 2026, and not 2027', () => {
    expect(OFFICIAL_CHINA_YEARS).toEqual([2025, 2026]);
    expect(calendar.announcedYears).toEqual([2025, 2026]);
    expect(calendar.isProvisional(d('2027-10-01'))).toBe(true);
  });

  it.each([
    '2025-10-01',
    '2025-10-02',
    '2025-10-03',
    '2025-10-04',
    '2025-10-05',
    '2025-10-06',
    '2025-10-07',
    '2025-10-08',
  ])('make %s a day off of 国庆中秋 2025', (date) => {
    expect(calendar.describeDay(d(date))).toMatchObject({
      working: false,
      kind: 'holiday',
      name: '国庆中秋',
      layer: OFFICIAL_CHINA_LAYER_NAME,
    });
  });

  it('make Sunday 2025-09-28 and Saturday 2025-10-11 working days (调休)', () => {
    for (const date of ['2025-09-28', '2025-10-11']) {
      expect(calendar.describeDay(d(date))).toMatchObject({
        working: true,
        kind: 'adjusted-workday',
        name: '国庆中秋',
      });
    }
  });

  it('make New Year’s Day 2026 a day off and Sunday 2026-01-04 a working day', () => {
    expect(calendar.describeDay(d('2026-01-01'))).toMatchObject({
      kind: 'holiday',
      working: false,
    });
    expect(calendar.describeDay(d('2026-01-04'))).toMatchObject({
      kind: 'adjusted-workday',
      working: true,
    });
  });

  it('can be taken for one year only', () => {
    const only2025 = WorkingCalendar.fromLayers([officialChinaCalendar([2025])]);
    expect(only2025.isProvisional(d('2026-01-01'))).toBe(true);
    expect(only2025.isWorkingDay(d('2026-01-01'))).toBe(true);
  });

  it('refuse to pretend a year not yet carried is announced', () => {
    expect(() => officialChinaCalendar([2027])).toThrow(/2027 年节假日安排尚未收录/);
  });
});
