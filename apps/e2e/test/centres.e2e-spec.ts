import {
  type Centre,
  centreEvents,
  type CentreWindow,
  type CloudEvent,
  type Department,
} from '@gov/contracts';
import { EVENT_STREAM } from '@gov/events';
import { connect } from 'nats';
import { randomInt } from 'node:crypto';
import { uniqueCreditCode } from './support/builders';
import { type HttpResult, pageItems, Suite } from './support/suite';

// Seed departments (deploy/seed/departments.json).
const SC_MARKET = '11330102002528004D'; // 杭州市上城区市场监督管理局, 330102
const SC_CIVIL = '11330102002528015H'; // 杭州市上城区民政局, 330102
const XH_MARKET = '11330106002531006J'; // 杭州市西湖区市场监督管理局, 330106
// 东坡路社区 (湖滨街道, 上城区) has no agent point in the seed: the tests open one there.
const DONGPO_ROAD = '330102002001';

const body = <T>(result: HttpResult) => result.body as T;
const windowNumber = () => `T${String(randomInt(1_000_000)).padStart(6, '0')}`;

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

describe('the public directory of departments and centres', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start(['catalog']);
  });
  afterAll(() => suite.stop());

  it('lists the departments of one division without a token', async () => {
    const response = await suite.get('/api/v1/departments?division=330102');
    expect(response.status).toBe(200);
    const departments = pageItems<Department>(response);
    expect(departments.map((department) => department.creditCode)).toEqual(
      expect.arrayContaining([SC_MARKET, SC_CIVIL]),
    );
    expect(departments.every((department) => department.division === '330102000000')).toBe(true);
  });

  it('lists a subtree province first, and nothing from outside it', async () => {
    const own = pageItems<Department>(await suite.get('/api/v1/departments?division=330100'));
    const subtree = pageItems<Department>(
      await suite.get('/api/v1/departments?division=330100&includeSubtree=true&limit=200'),
    );
    expect(own.every((department) => department.division === '330100000000')).toBe(true);
    expect(subtree.map((department) => department.creditCode)).toEqual(
      expect.arrayContaining([SC_MARKET, XH_MARKET, '11330100002519002R']),
    );
    expect(subtree.every((department) => department.division.startsWith('3301'))).toBe(true);
    const divisions = subtree.map((department) => department.division);
    expect(divisions).toEqual([...divisions].sort());
  });

  it('pages through the departments once each', async () => {
    const all = pageItems<Department>(await suite.get('/api/v1/departments?limit=200'));
    const walked: string[] = [];
    let path = '/api/v1/departments?limit=3';
    for (;;) {
      const page = body<{ items: Department[]; nextCursor: string | null }>(await suite.get(path));
      walked.push(...page.items.map((department) => department.creditCode));
      if (page.nextCursor === null) break;
      path = `/api/v1/departments?limit=3&cursor=${page.nextCursor}`;
    }
    expect(walked).toEqual(all.map((department) => department.creditCode));
  });

  it('refuses a division that is no division code, and a subtree flag that is no boolean', async () => {
    const code = await suite.get('/api/v1/departments?division=330002');
    expect(code.status).toBe(400);
    expect(code.body).toMatchObject({ code: 'CATALOG.DIVISION_CODE_INVALID' });
    const flag = await suite.get('/api/v1/centres?division=330102&includeSubtree=yes');
    expect(flag.status).toBe(400);
    expect(flag.body).toMatchObject({ code: 'PLATFORM.VALIDATION_FAILED' });
  });

  it('has a centre at every level of the sample province, of the kind the level has', async () => {
    const centres = pageItems<Centre>(
      await suite.get('/api/v1/centres?division=330000&includeSubtree=true&limit=200'),
    );
    const kinds = Object.fromEntries(centres.map((centre) => [centre.division, centre.kind]));
    expect(kinds).toMatchObject({
      '330000000000': 'service-centre',
      '330100000000': 'service-centre',
      '330200000000': 'service-centre',
      '330102000000': 'service-centre',
      '330106000000': 'service-centre',
      '330203000000': 'service-centre',
      '330212000000': 'service-centre',
      '330102001000': 'convenience-centre',
      '330102002000': 'convenience-centre',
      '330106004000': 'convenience-centre',
      '330106109000': 'convenience-centre',
      '330203001000': 'convenience-centre',
      '330212101000': 'convenience-centre',
      '330102001001': 'agent-point',
      '330212101201': 'agent-point',
    });
  });

  it('pages through a subtree’s centres once each, by division', async () => {
    const query = 'division=330100&includeSubtree=true';
    const all = pageItems<Centre>(await suite.get(`/api/v1/centres?${query}&limit=200`));
    const walked: string[] = [];
    let path = `/api/v1/centres?${query}&limit=2`;
    for (;;) {
      const page = body<{ items: Centre[]; nextCursor: string | null }>(await suite.get(path));
      walked.push(...page.items.map((centre) => centre.division));
      if (page.nextCursor === null) break;
      path = `/api/v1/centres?${query}&limit=2&cursor=${page.nextCursor}`;
    }
    expect(walked).toEqual(all.map((centre) => centre.division));
    expect(walked).toEqual([...walked].sort());
    expect(walked.length).toBeGreaterThanOrEqual(7);
    expect(walked.every((division) => division.startsWith('3301'))).toBe(true);
  });

  it('shows a centre’s resident departments by name and its windows by number', async () => {
    const [centre] = pageItems<Centre>(await suite.get('/api/v1/centres?division=330102'));
    expect(centre?.residentDepartments).toEqual(
      expect.arrayContaining([{ creditCode: SC_CIVIL, name: '杭州市上城区民政局' }]),
    );
    const windows = pageItems<CentreWindow>(
      await suite.get(`/api/v1/centres/${centre?.id}/windows`),
    );
    expect(windows.map((window) => [window.number, window.kind])).toEqual(
      expect.arrayContaining([
        ['01', 'comprehensive'],
        ['02', 'specialised'],
        ['08', 'delivery'],
        ['09', 'payment'],
      ]),
    );
    const residents = new Set(centre?.residentDepartments.map((d) => d.creditCode));
    expect(windows.flatMap((window) => window.departments).every((d) => residents.has(d))).toBe(
      true,
    );
  });

  it('answers an unknown centre and an unknown window with their own codes', async () => {
    const id = '01936d3a-5b1c-7cc2-9f3e-000000000000';
    const centre = await suite.get(`/api/v1/centres/${id}`);
    expect(centre.status).toBe(404);
    expect(centre.body).toMatchObject({ code: 'CATALOG.CENTRE_NOT_FOUND' });
    const window = await suite.get(`/api/v1/windows/${id}`);
    expect(window.status).toBe(404);
    expect(window.body).toMatchObject({ code: 'CATALOG.WINDOW_NOT_FOUND' });
  });
});

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

describe('seeding the centres at start', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start(['catalog']);
  });
  afterAll(() => suite.stop());

  it('adds nothing on a restart and keeps what administrators changed', async () => {
    const list = '/api/v1/centres?division=330000&includeSubtree=true&limit=200';
    const [yinzhou] = pageItems<Centre>(await suite.get('/api/v1/centres?division=330212'));
    if (!yinzhou) throw new Error('鄞州区 has no seeded centre');
    const windowsPath = `/api/v1/centres/${yinzhou.id}/windows?limit=200`;
    const [first] = pageItems<CentreWindow>(await suite.get(windowsPath));
    const renamed = await suite.send(
      'PATCH',
      `/api/v1/windows/${first?.id}`,
      { version: first?.version, number: windowNumber() },
      await suite.as('zj-catalog-admin'),
    );
    expect(renamed.status).toBe(200);
    const before = { centres: await suite.get(list), windows: await suite.get(windowsPath) };

    await suite.stopService('catalog');
    await suite.startService('catalog');

    expect(pageItems(await suite.get(list))).toEqual(pageItems(before.centres));
    expect(pageItems(await suite.get(windowsPath))).toEqual(pageItems(before.windows));
    // Give the window its seeded number back for the rest of the run.
    const restored = await suite.send(
      'PATCH',
      `/api/v1/windows/${first?.id}`,
      { version: body<CentreWindow>(renamed).version, number: first?.number },
      await suite.as('zj-catalog-admin'),
    );
    expect(restored.status).toBe(200);
  });
});
