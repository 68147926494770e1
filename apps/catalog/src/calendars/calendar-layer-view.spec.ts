import { WorkingCalendar, parseLocalDate } from '@gov/calendar';
import { CalendarLayerRecord } from './calendar-layer-record.entity';
import {
  datesOutsideYear,
  officialAnnouncements,
  toCalendarLayer,
  toLayerReply,
} from './calendar-layer-view';
import { workingDaysAnswer } from './calculate-working-days/working-days-answer';

const province = () => CalendarLayerRecord.start('330000000000', officialAnnouncements());
const calendarOf = (...layers: CalendarLayerRecord[]) =>
  WorkingCalendar.fromLayers(layers.map((layer) => toCalendarLayer(layer.view(layer.division, 1))));

describe('a stored province layer', () => {
  it('starts from the official announcements of 2025 and 2026', () => {
    expect(toLayerReply(province().view('浙江省', 1)).announcedYears).toEqual([2025, 2026]);
  });

  it('counts 5 working days from 2025-09-26 to 2025-10-10 across the National Day holiday', () => {
    const answer = workingDaysAnswer(calendarOf(province()), '330102000000', {
      date: parseLocalDate('2025-09-26'),
      add: 5,
    });
    expect(answer.deadline).toEqual({ date: '2025-10-10', provisional: false });
  });

  it('makes a year provisional until its announcement is added, and not after', () => {
    const layer = province();
    const question = { date: parseLocalDate('2027-02-05'), add: 3 };
    expect(workingDaysAnswer(calendarOf(layer), '330000000000', question).deadline).toEqual({
      date: '2027-02-10',
      provisional: true,
    });
    layer.announce({
      year: 2027,
      holidays: ['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'].map(
        (date) => ({ date, name: '春节' }),
      ),
      adjustedWorkdays: [],
    });
    expect(workingDaysAnswer(calendarOf(layer), '330000000000', question).deadline).toEqual({
      date: '2027-02-15',
      provisional: false,
    });
  });

  it('names the layer and the holiday that decided a day', () => {
    const answer = workingDaysAnswer(calendarOf(province()), '330000000000', {
      date: parseLocalDate('2025-10-01'),
    });
    expect(answer).toMatchObject({ working: false, kind: 'holiday', name: '国庆中秋' });
  });
});

describe('overrides of a lower layer', () => {
  it('close a day for that division and replace an earlier override of the same date', () => {
    const county = CalendarLayerRecord.start('330106000000');
    expect(county.setOverride({ date: '2025-10-10', working: true, reason: '加班' })).toBe(true);
    expect(county.setOverride({ date: '2025-10-10', working: false, reason: '闭厅' })).toBe(true);
    expect(county.overrides).toEqual([{ date: '2025-10-10', working: false, reason: '闭厅' }]);
    const answer = workingDaysAnswer(calendarOf(province(), county), '330106000000', {
      date: parseLocalDate('2025-09-26'),
      add: 5,
    });
    expect(answer.deadline?.date).toBe('2025-10-11');
  });

  it('change nothing when the same override is set again', () => {
    const county = CalendarLayerRecord.start('330106000000');
    county.setOverride({ date: '2025-10-10', working: false, reason: '闭厅' });
    expect(county.setOverride({ date: '2025-10-10', working: false, reason: '闭厅' })).toBe(false);
    expect(county.removeOverride('2025-10-11')).toBeNull();
  });
});

describe('the dates of a year’s announcement', () => {
  it('may start in December of the year before, and not earlier or later', () => {
    const problems = datesOutsideYear(
      {
        year: 2027,
        holidays: [
          { date: '2026-12-31', name: '元旦' },
          { date: '2026-11-30', name: '元旦' },
        ],
        adjustedWorkdays: [{ date: '2028-01-01', name: '春节' }],
      },
      '国务院 2027 年节假日安排',
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      'holidays[1].date',
      'adjustedWorkdays[0].date',
    ]);
    expect(problems[0]?.message).toContain('2026-11-30 不在 2027 年内');
  });
});
