import {
  type Calendar,
  calendarEvents,
  type CalendarLayerReply,
  type CloudEvent,
  type WorkingDaysAnswer,
} from '@gov/contracts';
import { parseLocalDate, WorkingCalendar } from '@gov/calendar';
import { EVENT_STREAM } from '@gov/events';
import { connect } from 'nats';
import { type HttpResult, Suite } from './support/suite';

const body = <T>(result: HttpResult) => result.body as T;

/** The last event the catalog published on `subject` that `accept` admits (waiting up to 10 s). */
async function publishedEvent(
  suite: Suite,
  subject: string,
  accept: (event: CloudEvent<Record<string, unknown>>) => boolean,
): Promise<CloudEvent<Record<string, unknown>> | undefined> {
  const connection = await connect({ servers: suite.nats.url });
  try {
    const jsm = await connection.jetstreamManager();
    const deadline = Date.now() + 10_000;
    for (;;) {
      const message = await jsm.streams
        .getMessage(EVENT_STREAM, { last_by_subj: subject })
        .catch(() => undefined);
      const event = message?.json<CloudEvent<Record<string, unknown>>>();
      if ((event && accept(event)) || Date.now() > deadline) return event;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await connection.close();
  }
}

/** A plausible 2027 announcement: 元旦 and 春节 (2027-02-06 is 春节 eve), with its 调休 Saturday. */
const announcement2027 = {
  year: 2027,
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    ...['05', '06', '07', '08', '09', '10', '11', '12'].map((day) => ({
      date: `2027-02-${day}`,
      name: '春节',
    })),
  ],
  adjustedWorkdays: [{ date: '2027-02-13', name: '春节' }],
};

describe('the working calendar through the gateway', () => {
  let suite: Suite;
  let centreAdmin: Record<string, string>;
  let provinceAdmin: Record<string, string>;

  const answer = async (division: string, query: string) => {
    const response = await suite.get(`/api/v1/calendars/${division}/working-days?${query}`);
    expect(response.status).toBe(200);
    return body<WorkingDaysAnswer>(response);
  };
  const deadline = async (division: string, date: string, add: number) =>
    (await answer(division, `date=${date}&add=${add}`)).deadline;

  beforeAll(async () => {
    suite = await Suite.start(['catalog']);
    centreAdmin = await suite.as('sc-center-admin');
    provinceAdmin = await suite.as('zj-catalog-admin');
  });
  afterAll(() => suite.stop());

  it('answers without a token: 5 working days from 2025-09-26 in 330102 end on 2025-10-10', async () => {
    expect(await deadline('330102', '2025-09-26', 5)).toEqual({
      date: '2025-10-10',
      provisional: false,
    });
    const count = await answer('330102', 'date=2025-09-26&until=2025-10-10');
    expect(count.count).toEqual({ days: 5, provisional: false });
  });

  it('explains what a day is and which layer decided it', async () => {
    expect(await answer('330102', 'date=2025-10-01')).toMatchObject({
      working: false,
      kind: 'holiday',
      name: '国庆中秋',
      layer: '浙江省',
    });
    expect(await answer('330102', 'date=2025-09-28')).toMatchObject({
      working: true,
      kind: 'adjusted-workday',
    });
  });

  it('gives the layers another service needs to build the same calendar itself', async () => {
    const response = await suite.get('/api/v1/calendars/330102');
    expect(response.status).toBe(200);
    const calendar = body<Calendar>(response);
    expect(calendar.layers[0]).toMatchObject({ division: '330000000000', name: '浙江省' });
    expect(calendar.announcedYears).toEqual(expect.arrayContaining([2025, 2026]));
    const rebuilt = WorkingCalendar.fromLayers(calendar.layers);
    expect(rebuilt.addWorkingDays(parseLocalDate('2025-09-26'), 5).date).toBe('2025-10-10');
  });

  it('applies a county’s override to that county and the levels below, not to its neighbour', async () => {
    const response = await suite.send(
      'PUT',
      '/api/v1/calendars/330102/overrides/2025-10-10',
      { working: false, reason: '区政务服务中心系统升级闭厅' },
      centreAdmin,
    );
    expect(response.status).toBe(200);
    expect(body<CalendarLayerReply>(response)).toMatchObject({
      division: '330102000000',
      name: '上城区',
      overrides: [{ date: '2025-10-10', working: false, reason: '区政务服务中心系统升级闭厅' }],
    });
    // 2025-10-11 is a Saturday worked in exchange (调休), so it becomes the fifth working day.
    expect((await deadline('330102', '2025-09-26', 5))?.date).toBe('2025-10-11');
    expect((await deadline('330102001000', '2025-09-26', 5))?.date).toBe('2025-10-11');
    expect((await deadline('330106', '2025-09-26', 5))?.date).toBe('2025-10-10');
    expect(await answer('330102', 'date=2025-10-10')).toMatchObject({
      working: false,
      kind: 'override',
      name: '区政务服务中心系统升级闭厅',
      layer: '上城区',
    });
  });

  it('announces the change as calendar.changed with the division and the date', async () => {
    const event = await publishedEvent(
      suite,
      calendarEvents.calendarChanged.subjectFor('330102000000'),
      (candidate) => candidate.data['change'] === 'override-set',
    );
    expect(event).toMatchObject({
      type: 'cn.gov.catalog.calendar.changed.v1',
      division: '330102000000',
      data: { division: '330102000000', years: [2025], dates: ['2025-10-10'] },
    });
  });

  it('refuses an override on a version someone else has changed since', async () => {
    const { version } = body<Calendar>(await suite.get('/api/v1/calendars/330102')).layers.at(
      -1,
    ) as CalendarLayerReply;
    const stale = await suite.send(
      'PUT',
      '/api/v1/calendars/330102/overrides/2025-10-09',
      { working: false, reason: '停电', version: version - 1 },
      centreAdmin,
    );
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'CATALOG.CALENDAR_CHANGED_CONCURRENTLY' });
  });

  it('removes the override, and the county follows the province again', async () => {
    const removed = await suite.send(
      'DELETE',
      '/api/v1/calendars/330102/overrides/2025-10-10',
      undefined,
      centreAdmin,
    );
    expect(removed.status).toBe(200);
    expect(body<CalendarLayerReply>(removed).overrides).toEqual([]);
    expect((await deadline('330102', '2025-09-26', 5))?.date).toBe('2025-10-10');
    const again = await suite.send(
      'DELETE',
      '/api/v1/calendars/330102/overrides/2025-10-10',
      undefined,
      centreAdmin,
    );
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ code: 'CATALOG.CALENDAR_OVERRIDE_NOT_FOUND' });
  });

  it('refuses overrides outside the caller’s subtree, from other roles and without a token', async () => {
    const override = { working: false, reason: '闭厅' };
    const path = '/api/v1/calendars/330106/overrides/2025-10-10';
    const outside = await suite.send('PUT', path, override, centreAdmin);
    expect(outside.status).toBe(403);
    expect(outside.body).toMatchObject({ code: 'AUTH.DIVISION_OUT_OF_SCOPE' });
    const clerk = await suite.send('PUT', path, override, await suite.as('sc-clerk'));
    expect(clerk.status).toBe(403);
    expect(clerk.body).toMatchObject({ code: 'AUTH.ROLE_NOT_ADMITTED' });
    expect((await suite.send('PUT', path, override)).status).toBe(401);
  });

  it('refuses an override without a reason, and a date that does not exist, with Chinese messages', async () => {
    const blank = await suite.send(
      'PUT',
      '/api/v1/calendars/330102/overrides/2025-10-09',
      { working: false, reason: '  ' },
      centreAdmin,
    );
    expect(blank.status).toBe(422);
    expect(blank.body).toMatchObject({
      code: 'CATALOG.CALENDAR_INVALID',
      details: { problems: [{ code: 'missing-name', path: 'overrides[0].reason' }] },
    });
    expect(body<{ detail: string }>(blank).detail).toContain('2025-10-09 缺少原因');
    const date = await suite.get('/api/v1/calendars/330102/working-days?date=2025-02-30');
    expect(date.status).toBe(400);
    expect(date.body).toMatchObject({ code: 'CATALOG.CALENDAR_DATE_INVALID' });
  });

  it('answers a division the catalogue does not know with 404', async () => {
    const response = await suite.get('/api/v1/calendars/330199');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'CATALOG.DIVISION_NOT_FOUND' });
  });

  it('counts 2027 provisionally until its announcement is added, then by the announcement', async () => {
    expect(await deadline('330102', '2027-02-04', 3)).toEqual({
      date: '2027-02-09',
      provisional: true,
    });
    const added = await suite.send(
      'POST',
      '/api/v1/calendars/330000/announcements',
      announcement2027,
      provinceAdmin,
    );
    expect(added.status).toBe(200);
    expect(body<CalendarLayerReply>(added).announcedYears).toEqual(
      expect.arrayContaining([2025, 2026, 2027]),
    );
    // 2027-02-04 (Thu) + 3: 2027-02-13 (调休 Saturday), then 2027-02-15 and 2027-02-16.
    expect(await deadline('330102', '2027-02-04', 3)).toEqual({
      date: '2027-02-16',
      provisional: false,
    });
    const event = await publishedEvent(
      suite,
      calendarEvents.calendarChanged.subjectFor('330000000000'),
      (candidate) => candidate.data['change'] === 'announcement-added',
    );
    expect(event?.data).toMatchObject({ years: [2027] });
  });

  it('refuses a year already announced', async () => {
    for (const year of [2027, 2025]) {
      const response = await suite.send(
        'POST',
        '/api/v1/calendars/330000/announcements',
        { ...announcement2027, year },
        provinceAdmin,
      );
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'CATALOG.CALENDAR_YEAR_ALREADY_ANNOUNCED' });
    }
  });

  it('takes announcements only into the province’s calendar, from the province level', async () => {
    const county = await suite.send(
      'POST',
      '/api/v1/calendars/330102/announcements',
      { ...announcement2027, year: 2028 },
      centreAdmin,
    );
    expect(county.status).toBe(422);
    expect(county.body).toMatchObject({ code: 'CATALOG.CALENDAR_ANNOUNCEMENT_NOT_PROVINCE' });
    const fromCounty = await suite.send(
      'POST',
      '/api/v1/calendars/330000/announcements',
      { ...announcement2027, year: 2028 },
      centreAdmin,
    );
    expect(fromCounty.status).toBe(403);
    expect(fromCounty.body).toMatchObject({ code: 'AUTH.DIVISION_OUT_OF_SCOPE' });
  });

  it('reports every problem of a wrong announcement at once', async () => {
    const response = await suite.send(
      'POST',
      '/api/v1/calendars/330000/announcements',
      {
        year: 2028,
        holidays: [
          { date: '2028-01-01', name: '元旦' },
          { date: '2027-10-01', name: '国庆' },
        ],
        adjustedWorkdays: [{ date: '2028-01-04', name: '元旦' }],
      },
      provinceAdmin,
    );
    expect(response.status).toBe(422);
    const { details } = body<{ details: { problems: { code: string; message: string }[] } }>(
      response,
    );
    expect(details.problems.map((problem) => problem.code).sort()).toEqual([
      'adjusted-workday-not-weekend',
      'date-outside-year',
    ]);
    expect(details.problems.map((problem) => problem.message).join('；')).toContain(
      '2028-01-04 是星期二，不是周末',
    );
  });

  it('withdraws a year’s announcement, and the year counts provisionally again', async () => {
    const province = body<Calendar>(await suite.get('/api/v1/calendars/330000')).layers[0];
    const withdrawn = await suite.send(
      'DELETE',
      `/api/v1/calendars/330000/announcements/2027?version=${province?.version}`,
      undefined,
      provinceAdmin,
    );
    expect(withdrawn.status).toBe(200);
    expect(body<CalendarLayerReply>(withdrawn).announcedYears).not.toContain(2027);
    expect(await deadline('330102', '2027-02-04', 3)).toEqual({
      date: '2027-02-09',
      provisional: true,
    });
    const again = await suite.send(
      'DELETE',
      '/api/v1/calendars/330000/announcements/2027',
      undefined,
      provinceAdmin,
    );
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ code: 'CATALOG.CALENDAR_YEAR_NOT_ANNOUNCED' });
  });
});
