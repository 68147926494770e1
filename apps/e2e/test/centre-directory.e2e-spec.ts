import { type Centre, type CentreWindow, type Department } from '@gov/contracts';
import { body, SC_CIVIL, SC_MARKET, windowNumber, XH_MARKET } from './support/centres';
import { pageItems, Suite } from './support/suite';

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
