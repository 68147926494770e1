import { HolidayUtil } from 'lunar-javascript';
import {
  installedLunarVersion,
  readLunarAnnouncements,
} from '../../test/official-holidays/lunar-announcements';
import { OFFICIAL_ANNOUNCEMENTS, OFFICIAL_ANNOUNCEMENTS_SOURCE } from './official-holidays.data';

// The committed data module is what production uses; lunar-javascript is only its source. If
// these fail after an upgrade, regenerate the module (see its header) and review the diff.
describe('the committed official holidays', () => {
  it('were generated from the installed lunar-javascript', () => {
    expect(OFFICIAL_ANNOUNCEMENTS_SOURCE).toBe(`lunar-javascript ${installedLunarVersion()}`);
  });

  it('match every year lunar-javascript announces from 2025 on, day by day', () => {
    expect(OFFICIAL_ANNOUNCEMENTS).toEqual(readLunarAnnouncements());
  });

  it('leave 2027 out because lunar-javascript 1.7.7 has no announcement for it yet', () => {
    expect(installedLunarVersion()).toBe('1.7.7');
    expect(HolidayUtil.getHolidays(2027)).toEqual([]);
    expect(HolidayUtil.getHoliday('2027-01-01')).toBeNull();
  });
});
