import { type Centre, centreEvents, type CentreWindow, type CloudEvent } from '@gov/contracts';
import { EVENT_STREAM } from '@gov/events';
import { connect } from 'nats';
import { uniqueCreditCode } from './support/builders';
import { body, SC_CIVIL, SC_MARKET, windowNumber, XH_MARKET } from './support/centres';
import { Suite } from './support/suite';

// 东坡路社区 (湖滨街道, 上城区) has no agent point in the seed: the tests open one there.
const DONGPO_ROAD = '330102002001';

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

describe('a centre administrator manages the centres of their subtree', () => {
  let suite: Suite;
  let admin: Record<string, string>;
  let station: Centre;
  let window: CentreWindow;

  beforeAll(async () => {
    suite = await Suite.start(['catalog']);
    admin = await suite.as('sc-center-admin');
  });
  afterAll(() => suite.stop());

  const aCentre = (division: string) => ({
    division,
    name: '东坡路社区便民服务站',
    address: '杭州市上城区湖滨街道东坡路社区示例弄 1 号',
    phone: '0571-88000099',
    openingHours: '周一至周五 9:00-11:30，14:00-17:00',
  });

  it('opens a 便民服务站 in a village of their county, announced as centre.created', async () => {
    const response = await suite.send('POST', '/api/v1/centres', aCentre(DONGPO_ROAD), admin);
    expect(response.status).toBe(201);
    station = body<Centre>(response);
    expect(response.location).toBe(`/api/v1/centres/${station.id}`);
    expect(station).toMatchObject({ kind: 'agent-point', residentDepartments: [], version: 1 });
    const event = await publishedEvent(
      suite,
      centreEvents.centreCreated.subjectFor(DONGPO_ROAD),
      (candidate) => candidate.subject === station.id,
    );
    expect(event).toMatchObject({ type: 'cn.gov.catalog.centre.created.v1', sequence: 1 });
  });

  it('refuses a second centre in the same division', async () => {
    const again = await suite.send('POST', '/api/v1/centres', aCentre(DONGPO_ROAD), admin);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CATALOG.CENTRE_EXISTS' });
  });

  it('refuses with 403 a centre in a division outside their subtree', async () => {
    const response = await suite.send('POST', '/api/v1/centres', aCentre('330106004001'), admin);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      code: 'AUTH.DIVISION_OUT_OF_SCOPE',
      details: { division: '330106004001', scope: '330102000000' },
    });
  });

  it('refuses a centre in a division the catalogue does not know', async () => {
    const response = await suite.send('POST', '/api/v1/centres', aCentre('330102002099'), admin);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'CATALOG.CENTRE_DIVISION_UNKNOWN' });
  });

  it('admits neither a window clerk nor an anonymous caller', async () => {
    const clerk = await suite.send(
      'POST',
      '/api/v1/centres',
      aCentre(DONGPO_ROAD),
      await suite.as('sc-clerk'),
    );
    expect(clerk.status).toBe(403);
    expect(clerk.body).toMatchObject({ code: 'AUTH.ROLE_NOT_ADMITTED' });
    const anonymous = await suite.send('POST', '/api/v1/centres', aCentre(DONGPO_ROAD));
    expect(anonymous.status).toBe(401);
  });

  it('makes a department of the county resident, but not an unregistered or a neighbouring one', async () => {
    const path = `/api/v1/centres/${station.id}/resident-departments`;
    const unknown = await suite.send(
      'POST',
      path,
      { creditCode: uniqueCreditCode('330102') },
      admin,
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'CATALOG.RESIDENT_DEPARTMENT_UNKNOWN' });
    const neighbour = await suite.send('POST', path, { creditCode: XH_MARKET }, admin);
    expect(neighbour.status).toBe(422);
    expect(neighbour.body).toMatchObject({ code: 'CATALOG.RESIDENT_DEPARTMENT_OUT_OF_LINE' });
    const civil = await suite.send('POST', path, { creditCode: SC_CIVIL }, admin);
    expect(civil.status).toBe(200);
    expect(body<Centre>(civil)).toMatchObject({
      residentDepartments: [{ creditCode: SC_CIVIL, name: '杭州市上城区民政局' }],
      version: 2,
    });
  });

  it('opens a window accepting a resident department, announced as window.created', async () => {
    const response = await suite.send(
      'POST',
      `/api/v1/centres/${station.id}/windows`,
      { number: '01', name: '代办受理窗口', kind: 'comprehensive', departments: [SC_CIVIL] },
      admin,
    );
    expect(response.status).toBe(201);
    window = body<CentreWindow>(response);
    expect(response.location).toBe(`/api/v1/windows/${window.id}`);
    expect(window).toMatchObject({ centreId: station.id, division: DONGPO_ROAD, version: 1 });
    const event = await publishedEvent(
      suite,
      centreEvents.windowCreated.subjectFor(DONGPO_ROAD),
      (candidate) => candidate.subject === window.id,
    );
    expect(event?.data).toMatchObject({ number: '01', departments: [SC_CIVIL] });
  });

  it('refuses a window number the centre already has', async () => {
    const response = await suite.send(
      'POST',
      `/api/v1/centres/${station.id}/windows`,
      { number: '01', name: '第二个一号窗口', kind: 'payment', departments: [SC_CIVIL] },
      admin,
    );
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'CATALOG.WINDOW_NUMBER_TAKEN' });
  });

  it('refuses a window accepting a department that is not resident in its centre', async () => {
    const response = await suite.send(
      'POST',
      `/api/v1/centres/${station.id}/windows`,
      {
        number: windowNumber(),
        name: '市场监管窗口',
        kind: 'specialised',
        departments: [SC_MARKET],
      },
      admin,
    );
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'CATALOG.WINDOW_DEPARTMENT_NOT_RESIDENT',
      details: { creditCodes: [SC_MARKET] },
    });
  });

  it('keeps a department that a window still accepts, until the window is changed', async () => {
    const residents = `/api/v1/centres/${station.id}/resident-departments`;
    const inUse = await suite.send('DELETE', `${residents}/${SC_CIVIL}`, undefined, admin);
    expect(inUse.status).toBe(409);
    expect(inUse.body).toMatchObject({
      code: 'CATALOG.RESIDENT_DEPARTMENT_IN_USE',
      details: { windows: ['01'] },
    });
    await suite.send('POST', residents, { creditCode: SC_MARKET }, admin);
    const changed = await suite.send(
      'PATCH',
      `/api/v1/windows/${window.id}`,
      { version: 1, departments: [SC_MARKET] },
      admin,
    );
    expect(body<CentreWindow>(changed)).toMatchObject({ departments: [SC_MARKET], version: 2 });
    const removed = await suite.send('DELETE', `${residents}/${SC_CIVIL}`, undefined, admin);
    expect(removed.status).toBe(200);
    expect(body<Centre>(removed).residentDepartments.map((d) => d.creditCode)).toEqual([SC_MARKET]);
    const notResident = await suite.send('DELETE', `${residents}/${SC_CIVIL}`, undefined, admin);
    expect(notResident.status).toBe(404);
    expect(notResident.body).toMatchObject({ code: 'CATALOG.RESIDENT_DEPARTMENT_NOT_FOUND' });
  });

  it('refuses an update made on a version someone else has changed since', async () => {
    const current = body<Centre>(await suite.get(`/api/v1/centres/${station.id}`));
    const first = await suite.send(
      'PATCH',
      `/api/v1/centres/${station.id}`,
      { version: current.version, phone: '0571-88000098' },
      admin,
    );
    expect(body<Centre>(first)).toMatchObject({
      phone: '0571-88000098',
      version: current.version + 1,
    });
    const stale = await suite.send(
      'PATCH',
      `/api/v1/centres/${station.id}`,
      { version: current.version, phone: '0571-88000097' },
      admin,
    );
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'CATALOG.CENTRE_CHANGED_CONCURRENTLY' });
    const staleWindow = await suite.send(
      'PATCH',
      `/api/v1/windows/${window.id}`,
      { version: 1, name: '代办综合窗口' },
      admin,
    );
    expect(staleWindow.status).toBe(409);
    expect(staleWindow.body).toMatchObject({ code: 'CATALOG.WINDOW_CHANGED_CONCURRENTLY' });
  });

  it('announces a centre’s change as centre.updated with the fields that changed', async () => {
    const event = await publishedEvent(
      suite,
      centreEvents.centreUpdated.subjectFor(DONGPO_ROAD),
      (candidate) => (candidate.data['changed'] as string[]).includes('phone'),
    );
    expect(event).toMatchObject({
      type: 'cn.gov.catalog.centre.updated.v1',
      subject: station.id,
      data: { phone: '0571-88000098', residentDepartments: [SC_MARKET], changed: ['phone'] },
    });
  });

  it('answers a centre outside the caller’s subtree exactly as a centre that does not exist', async () => {
    const ningbo = await suite.as('nb-catalog-admin');
    const outside = await suite.send(
      'PATCH',
      `/api/v1/centres/${station.id}`,
      { version: 1, name: '改名' },
      ningbo,
    );
    const missing = await suite.send(
      'PATCH',
      '/api/v1/centres/01936d3a-5b1c-7cc2-9f3e-000000000000',
      { version: 1, name: '改名' },
      ningbo,
    );
    expect([outside.status, missing.status]).toEqual([404, 404]);
    expect(outside.body).toMatchObject({ code: 'CATALOG.CENTRE_NOT_FOUND' });
    const window = await suite.send(
      'POST',
      `/api/v1/centres/${station.id}/windows`,
      { number: windowNumber(), name: '宁波窗口', kind: 'payment', departments: [SC_MARKET] },
      ningbo,
    );
    expect(window.status).toBe(404);
  });

  it('lets the province’s catalogue administrator manage a centre of any county', async () => {
    const current = body<Centre>(await suite.get(`/api/v1/centres/${station.id}`));
    const response = await suite.send(
      'PATCH',
      `/api/v1/centres/${station.id}`,
      { version: current.version, openingHours: '周一至周六 9:00-17:00' },
      await suite.as('zj-catalog-admin'),
    );
    expect(response.status).toBe(200);
  });
});
