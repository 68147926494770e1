import { validate } from '../schema/validate';
import { calendarContracts } from './calendar.contracts';
import { calendarEvents } from './calendar.events';

describe('the working calendar contracts', () => {
  it('announce every change as cn.gov.catalog.calendar.changed.v1 on the division’s subject', () => {
    expect(calendarEvents.calendarChanged.type).toBe('cn.gov.catalog.calendar.changed.v1');
    expect(calendarEvents.calendarChanged.subjectFor('330102000000')).toBe(
      'gov.evt.catalog.calendar.changed.v1.33.01.02.000.000',
    );
  });

  it('answer calendar questions without a token and admit only centre administrators to overrides', () => {
    expect(calendarContracts.getCalendar.access).toEqual({ kind: 'public' });
    expect(calendarContracts.calculateWorkingDays.access).toEqual({ kind: 'public' });
    expect(calendarContracts.setOverride.access).toEqual({
      kind: 'roles',
      roles: ['center_admin'],
    });
  });

  it('leave checking real dates to the service, so a wrong date gets the calendar’s own message', () => {
    const request = calendarContracts.calculateWorkingDays.request;
    expect(validate(request, { division: '330102', date: '2025-02-30' }).ok).toBe(true);
    expect(validate(request, { division: '330102', date: '2025-2-3' }).ok).toBe(false);
  });

  it('limit a deadline question to ten years of working days', () => {
    const request = calendarContracts.calculateWorkingDays.request;
    expect(validate(request, { division: '330102', date: '2025-09-26', add: 3650 }).ok).toBe(true);
    expect(validate(request, { division: '330102', date: '2025-09-26', add: 3651 }).ok).toBe(false);
    expect(validate(request, { division: '330102', date: '2025-09-26', add: -1 }).ok).toBe(false);
  });

  it('require at least one holiday in a year’s announcement', () => {
    const request = calendarContracts.addAnnouncement.request;
    const sample = calendarContracts.addAnnouncement.samples.request;
    expect(validate(request, { ...sample, holidays: [] }).ok).toBe(false);
  });

  it('return layers that carry what the calendar library needs to rebuild the calendar', () => {
    const [province] = calendarContracts.getCalendar.samples.reply.layers;
    expect(Object.keys(province ?? {})).toEqual(
      expect.arrayContaining([
        'name',
        'announcedYears',
        'holidays',
        'adjustedWorkdays',
        'overrides',
      ]),
    );
  });
});
