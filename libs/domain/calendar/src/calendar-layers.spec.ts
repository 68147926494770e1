import type { CalendarLayer } from './calendar-layer';
import { InvalidCalendarError } from './invalid-calendar.error';
import { parseLocalDate } from './local-date';
import { validateCalendarLayers, WorkingCalendar } from './working-calendar';

const d = parseLocalDate;

/** A province layer for 2025: 国庆中秋 and its two adjusted working days. */
const province: CalendarLayer = {
  name: '浙江省',
  announcedYears: [2025],
  holidays: [
    { date: '2025-10-01', name: '国庆中秋' },
    { date: '2025-10-08', name: '国庆中秋' },
  ],
  adjustedWorkdays: [
    { date: '2025-09-28', name: '国庆中秋' },
    { date: '2025-10-11', name: '国庆中秋' },
  ],
};

function problemsOf(...layers: CalendarLayer[]) {
  return validateCalendarLayers(layers);
}

describe('building a calendar from layers', () => {
  it('accepts a well-formed stack of layers', () => {
    expect(problemsOf(province, { name: '上城区', overrides: [] })).toEqual([]);
    expect(() => WorkingCalendar.fromLayers([province])).not.toThrow();
  });

  it('refuses a date that is both a holiday and an adjusted working day in one layer', () => {
    const problems = problemsOf({
      name: '浙江省',
      holidays: [{ date: '2025-10-11', name: '国庆中秋' }],
      adjustedWorkdays: [{ date: '2025-10-11', name: '国庆中秋' }],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'conflicting-date',
        layer: '浙江省',
        path: 'adjustedWorkdays[0].date',
        message: expect.stringContaining('2025-10-11 同时列为节假日和调休工作日') as string,
      }),
    ]);
  });

  it('refuses the same date listed twice, and an override of a date its own layer already names', () => {
    const problems = problemsOf({
      name: '上城区',
      holidays: [
        { date: '2025-10-01', name: '国庆中秋' },
        { date: '2025-10-01', name: '国庆中秋' },
      ],
      overrides: [{ date: '2025-10-01', working: true, reason: '值班' }],
    });
    expect(problems.map((problem) => problem.code)).toEqual(['duplicate-date', 'conflicting-date']);
  });

  it('reports every problem at once, each naming its layer and where', () => {
    const error = captureError(() =>
      WorkingCalendar.fromLayers([
        province,
        {
          name: '上城区',
          weekendDays: ['saturday', 'sundae' as never],
          announcedYears: [2025.5],
          holidays: [
            { date: '2025-02-30', name: '不存在' },
            { date: '2025-10-02', name: ' ' },
          ],
          overrides: [{ date: '2025-10-03', working: true, reason: '' }],
        },
      ]),
    );
    expect(error).toBeInstanceOf(InvalidCalendarError);
    expect(error.problems.map(({ code, path }) => [code, path])).toEqual([
      ['invalid-weekend', 'weekendDays[1]'],
      ['invalid-year', 'announcedYears[0]'],
      ['malformed-date', 'holidays[0].date'],
      ['missing-name', 'holidays[1].name'],
      ['missing-name', 'overrides[0].reason'],
    ]);
    expect(error.message).toMatch(/^工作日历配置有 5 处错误：日历层级“上城区”/);
    expect(error.message).toContain('“2025-02-30”不是 YYYY-MM-DD 格式的真实日期');
  });

  it('refuses an adjusted working day that is not on the weekend', () => {
    const problems = problemsOf({
      name: '浙江省',
      adjustedWorkdays: [{ date: '2025-09-29', name: '国庆中秋' }],
    });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'adjusted-workday-not-weekend',
        message: expect.stringContaining('2025-09-29 是星期一，不是周末') as string,
      }),
    ]);
  });

  it('judges an adjusted working day by the weekend of its own layer', () => {
    const sundayOnly: CalendarLayer = { name: '某中心', weekendDays: ['sunday'] };
    const saturdayWork = { name: '某中心', adjustedWorkdays: [{ date: '2025-10-11', name: 'x' }] };
    expect(problemsOf(sundayOnly, saturdayWork).map((problem) => problem.code)).toEqual([
      'adjusted-workday-not-weekend',
    ]);
  });

  it('refuses a week without a single working day, and a layer without a name', () => {
    const everyDay = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
    const problems = problemsOf({
      name: '',
      weekendDays: everyDay as CalendarLayer['weekendDays'],
    });
    expect(problems.map(({ code, layer }) => [code, layer])).toEqual([
      ['missing-layer-name', '#1'],
      ['invalid-weekend', '#1'],
    ]);
  });
});

describe('inheritance between layers', () => {
  it('lets a lower layer override a single date over the province, in both directions', () => {
    const calendar = WorkingCalendar.fromLayers([
      province,
      {
        name: '上城区行政服务中心',
        overrides: [
          { date: '2025-10-08', working: true, reason: '集中办理积压件' },
          { date: '2025-10-11', working: false, reason: '停电检修' },
        ],
      },
    ]);
    expect(calendar.isWorkingDay(d('2025-10-08'))).toBe(true);
    expect(calendar.isWorkingDay(d('2025-10-11'))).toBe(false);
    expect(calendar.describeDay(d('2025-10-11'))).toEqual({
      date: '2025-10-11',
      working: false,
      kind: 'override',
      name: '停电检修',
      layer: '上城区行政服务中心',
      provisional: false,
    });
  });

  it('inherits every date the lower layer does not mention', () => {
    const calendar = WorkingCalendar.fromLayers([province, { name: '上城区' }]);
    expect(calendar.describeDay(d('2025-10-01'))).toMatchObject({
      working: false,
      kind: 'holiday',
      name: '国庆中秋',
      layer: '浙江省',
    });
    expect(calendar.isWorkingDay(d('2025-09-28'))).toBe(true);
  });

  it('lets the last layer win when two layers name the same date differently', () => {
    const calendar = WorkingCalendar.fromLayers([
      province,
      { name: '某自治县', holidays: [{ date: '2025-10-11', name: '民族节日' }] },
    ]);
    expect(calendar.describeDay(d('2025-10-11'))).toMatchObject({
      working: false,
      kind: 'holiday',
      layer: '某自治县',
    });
  });

  it('replaces the weekly rule with a lower layer’s weekend but keeps the dated days above it', () => {
    const calendar = WorkingCalendar.fromLayers([
      province,
      { name: '周六上班的中心', weekendDays: ['sunday'] },
    ]);
    expect(calendar.isWorkingDay(d('2025-10-18'))).toBe(true);
    expect(calendar.isWorkingDay(d('2025-10-19'))).toBe(false);
    expect(calendar.isWorkingDay(d('2025-09-28'))).toBe(true);
    expect(calendar.isWorkingDay(d('2025-10-01'))).toBe(false);
  });

  it('adds up announced years, so a lower layer can announce a year the province lacks', () => {
    const calendar = WorkingCalendar.fromLayers([
      province,
      { name: '浙江省（2026 年补录）', announcedYears: [2026] },
    ]);
    expect(calendar.announcedYears).toEqual([2025, 2026]);
    expect(calendar.isProvisional(d('2026-05-01'))).toBe(false);
    expect(calendar.isProvisional(d('2027-05-01'))).toBe(true);
  });

  it('counts weekends only, provisionally, when there are no layers at all', () => {
    const calendar = WorkingCalendar.fromLayers([]);
    expect(calendar.describeDay(d('2025-10-01'))).toEqual({
      date: '2025-10-01',
      working: true,
      kind: 'workday',
      provisional: true,
    });
    expect(calendar.describeDay(d('2025-10-04'))).toMatchObject({
      kind: 'weekend',
      working: false,
    });
  });
});

function captureError(action: () => unknown): InvalidCalendarError {
  try {
    action();
  } catch (error) {
    if (error instanceof InvalidCalendarError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected InvalidCalendarError');
}
