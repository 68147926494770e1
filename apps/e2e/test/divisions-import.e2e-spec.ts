import { type Division, type DivisionImport } from '@gov/contracts';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { type HttpResult, pageItems, Suite } from './support/suite';

/**
 * The division catalogue through the gateway: the tree as public reference data, and imports of
 * code lists by catalogue administrators. The imports work in 萧山区 (330109), which the seed does
 * not hold, so other suites sharing the database see none of it.
 */
describe('division code lists and the division tree', () => {
  let suite: Suite;
  let province: Record<string, string>;
  let ningbo: Record<string, string>;

  beforeAll(async () => {
    suite = await Suite.start(['catalog']);
    province = await suite.as('zj-catalog-admin');
    ningbo = await suite.as('nb-catalog-admin');
  });
  afterAll(() => suite.stop());

  /** A statistical list: header, then `code,classification,name` per division. */
  const statsList = (rows: readonly (readonly [string, string])[]) =>
    ['统计用区划代码,城乡分类代码,名称', ...rows.map(([code, name]) => `${code},,${name}`)].join(
      '\n',
    );

  async function startImport(
    body: Record<string, unknown>,
    headers: Record<string, string> = province,
  ): Promise<HttpResult> {
    return suite.send('POST', '/api/v1/division-imports', body, headers);
  }

  /** Posts an import and waits until its job has finished; returns the finished job. */
  async function runImport(body: Record<string, unknown>): Promise<DivisionImport> {
    const started = await startImport(body);
    expect(started.status).toBe(202);
    const { id } = started.body as DivisionImport;
    const done = await suite.eventually(
      `/api/v1/division-imports/${id}`,
      (result) => ['succeeded', 'failed'].includes((result.body as DivisionImport).state),
      15_000,
      province,
    );
    return done.body as DivisionImport;
  }

  const codesOf = (result: HttpResult) => pageItems<Division>(result).map((item) => item.code);

  const xiaoshan = [
    ['330109000000', '萧山区'],
    ['330109001000', '城厢街道'],
    ['330109001001', '城河社区'],
    ['330109001002', '湘湖社区'],
    ['330109002000', '北干街道'],
    ['330109002001', '金城社区'],
  ] as const;

  describe('the tree as public reference data', () => {
    it('lists the children of a division without a token', async () => {
      const response = await suite.get('/api/v1/divisions/330106/children');
      expect(response.status).toBe(200);
      expect(codesOf(response)).toEqual(['330106004000', '330106109000']);
    });

    it('pages through a subtree by code, the division itself first', async () => {
      const codes: string[] = [];
      let path = '/api/v1/divisions/330106/subtree?limit=2';
      for (;;) {
        const page = await suite.get(path);
        expect(page.status).toBe(200);
        codes.push(...codesOf(page));
        const { nextCursor } = page.body as { nextCursor: string | null };
        if (nextCursor === null) break;
        path = `/api/v1/divisions/330106/subtree?limit=2&cursor=${nextCursor}`;
      }
      expect(codes).toEqual([
        '330106000000',
        '330106004000',
        '330106004001',
        '330106109000',
        '330106109201',
      ]);
    });

    it('answers 404 for a subtree of a code not in the catalogue, 400 for a malformed one', async () => {
      const missing = await suite.get('/api/v1/divisions/330199/subtree');
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ code: 'CATALOG.DIVISION_NOT_FOUND' });
      const malformed = await suite.get('/api/v1/divisions/33019/children');
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ code: 'CATALOG.DIVISION_CODE_INVALID' });
      const badDate = await suite.get('/api/v1/divisions/330106/subtree?asOf=2026-13-01');
      expect(badDate.status).toBe(400);
    });
  });

  describe('importing a code list', () => {
    let base: DivisionImport;
    let change: DivisionImport;

    beforeAll(async () => {
      base = await runImport({ effectiveDate: '2026-01-01', content: statsList(xiaoshan) });
      // 湘湖社区 becomes 湘湖村, 新塘街道 is created and 北干街道 merges into it.
      const changed = [
        ...xiaoshan.filter(([code]) => !code.startsWith('330109002')),
        ['330109003000', '新塘街道'],
        ['330109003001', '新塘社区'],
      ].map(([code, name]) => [code, code === '330109001002' ? '湘湖村' : name] as const);
      change = await runImport({
        effectiveDate: '2026-12-01',
        content: statsList(changed),
        successors: [{ code: '330109002000', successorCodes: ['330109003000'] }],
      });
    });

    it('adds a new county with everything below it, valid from the effective date', async () => {
      expect(base).toMatchObject({
        state: 'succeeded',
        format: 'stats',
        division: '330109000000',
        rowsTotal: 6,
        rowsProcessed: 6,
        report: { counts: { added: 6, renamed: 0, abolished: 0, reinstated: 0, unchanged: 0 } },
      });
      const county = await suite.get('/api/v1/divisions/330109');
      expect(county.body).toMatchObject({ name: '萧山区', validFrom: '2026-01-01', validTo: null });
    });

    it('reports the township added, the village renamed and the township abolished into its successor', () => {
      expect(change).toMatchObject({ state: 'succeeded', rowsTotal: 6, rowsProcessed: 6 });
      expect(change.report).toEqual({
        added: [
          { code: '330109003000', name: '新塘街道', level: 'township' },
          { code: '330109003001', name: '新塘社区', level: 'village' },
        ],
        renamed: [{ code: '330109001002', name: '湘湖村', previousName: '湘湖社区' }],
        abolished: [
          { code: '330109002000', name: '北干街道', successorCodes: ['330109003000'] },
          { code: '330109002001', name: '金城社区', successorCodes: [] },
        ],
        reinstated: [],
        counts: { added: 2, renamed: 1, abolished: 2, reinstated: 0, unchanged: 3 },
      });
    });

    it('keeps an abolished division readable, with the day it ended and its successor', async () => {
      const abolished = await suite.get('/api/v1/divisions/330109002000');
      expect(abolished.status).toBe(200);
      expect(abolished.body).toEqual({
        code: '330109002000',
        name: '北干街道',
        level: 'township',
        parentCode: '330109000000',
        validFrom: '2026-01-01',
        validTo: '2026-12-01',
        successorCodes: ['330109003000'],
      });
      const renamed = await suite.get('/api/v1/divisions/330109001002');
      expect(renamed.body).toMatchObject({ name: '湘湖村', validTo: null });
    });

    it('follows the successor in a subtree query on the abolished code', async () => {
      const all = await suite.get('/api/v1/divisions/330109002000/subtree');
      expect(codesOf(all)).toEqual([
        '330109002000',
        '330109002001',
        '330109003000',
        '330109003001',
      ]);
      const today = await suite.get('/api/v1/divisions/330109002000/subtree?asOf=2026-12-01');
      expect(codesOf(today)).toEqual(['330109003000', '330109003001']);
      // Before the merger the old code covered only itself.
      const before = await suite.get('/api/v1/divisions/330109002000/subtree?asOf=2026-06-01');
      expect(codesOf(before)).toEqual(['330109002000', '330109002001']);
    });

    it('lists the children valid on a day', async () => {
      const before = await suite.get('/api/v1/divisions/330109/children?asOf=2026-06-01');
      expect(codesOf(before)).toEqual(['330109001000', '330109002000']);
      const after = await suite.get('/api/v1/divisions/330109/children?asOf=2026-12-01');
      expect(codesOf(after)).toEqual(['330109001000', '330109003000']);
    });

    it('announces the change once, through the outbox, to subscribers of the county', async () => {
      const orm: MikroORM = suite.service('catalog').get(MikroORM);
      const em: EntityManager = orm.em.fork();
      const events = await em.execute<{ subject: string; data: string }[]>(
        `select subject, (envelope->'data')::text as data from catalog.outbox
            where envelope->>'type' = 'cn.gov.catalog.division.list-imported.v1'
              and envelope->>'subject' = ?`,
        [change.id],
      );
      expect(events).toHaveLength(1);
      expect(events[0]?.subject).toBe('gov.evt.catalog.division.list-imported.v1.33.01.09.000.000');
      expect(JSON.parse(events[0]?.data ?? 'null')).toMatchObject({
        importId: change.id,
        division: '330109000000',
        counts: { added: 2, renamed: 1, abolished: 2 },
        changedCodesComplete: true,
      });
    });

    it('reports on a dry run and changes nothing', async () => {
      const dryRun = await runImport({
        effectiveDate: '2027-01-01',
        dryRun: true,
        content: statsList([
          ['330109000000', '萧山区'],
          ['330109001000', '城厢街道'],
          ['330109001001', '城河村'],
          ['330109001002', '湘湖村'],
          ['330109003000', '新塘街道'],
          ['330109003001', '新塘社区'],
        ]),
      });
      expect(dryRun).toMatchObject({
        state: 'succeeded',
        dryRun: true,
        report: {
          renamed: [{ code: '330109001001', name: '城河村', previousName: '城河社区' }],
          counts: { renamed: 1, unchanged: 5 },
        },
      });
      const village = await suite.get('/api/v1/divisions/330109001001');
      expect(village.body).toMatchObject({ name: '城河社区' });
    });

    it('fails a list with bad rows, naming each line, and applies none of it', async () => {
      const failed = await runImport({
        effectiveDate: '2027-01-01',
        content: [
          '统计用区划代码,城乡分类代码,名称',
          '330109001000,,城厢街道',
          '330109001001,111,城河村',
          '33010900100X,111,错码社区',
          '330109009001,111,无上级社区',
        ].join('\n'),
      });
      expect(failed).toMatchObject({ state: 'failed', report: null, problemCount: 1 });
      expect(failed.problems).toEqual([
        expect.objectContaining({ line: 4, code: 'CATALOG.DIVISION_ROW_MALFORMED' }),
      ]);
      const missingParent = await runImport({
        effectiveDate: '2027-01-01',
        content: statsList([
          ['330109001001', '城河村'],
          ['330109009001', '无上级社区'],
        ]),
      });
      expect(missingParent.problems).toEqual([
        expect.objectContaining({
          line: 3,
          code: 'CATALOG.DIVISION_PARENT_MISSING',
          divisionCode: '330109009001',
        }),
      ]);
      const village = await suite.get('/api/v1/divisions/330109001001');
      expect(village.body).toMatchObject({ name: '城河社区' });
    });

    it('returns the same job for a retried request with the same Idempotency-Key', async () => {
      const body = {
        effectiveDate: '2027-01-01',
        dryRun: true,
        content: statsList(xiaoshan.slice(0, 3)),
      };
      const headers = { ...province, 'idempotency-key': 'division-import-retry-1' };
      const first = await startImport(body, headers);
      const retry = await startImport(body, headers);
      expect(first.status).toBe(202);
      expect(retry.status).toBe(202);
      expect((retry.body as DivisionImport).id).toBe((first.body as DivisionImport).id);
      expect(first.location).toBe(`/api/v1/division-imports/${(first.body as DivisionImport).id}`);
    });

    it('refuses with 413 a list too large for one message, saying how to split it', async () => {
      const response = await startImport({
        effectiveDate: '2027-01-01',
        content: `330109000000,萧山区\n${'#'.repeat(901 * 1024)}`,
      });
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ code: 'PLATFORM.PAYLOAD_TOO_LARGE' });
      expect((response.body as { detail: string }).detail).toContain('拆分');
    });
  });

  describe('a city administrator', () => {
    it('cannot import rows outside their city', async () => {
      const response = await startImport(
        { effectiveDate: '2027-01-01', dryRun: true, content: statsList(xiaoshan) },
        ningbo,
      );
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({
        code: 'AUTH.DIVISION_OUT_OF_SCOPE',
        details: { scope: '330200000000', lines: [2, 3, 4, 5, 6, 7] },
      });
    });

    it('may check a list of their own city, and cannot see the province’s jobs', async () => {
      const own = await startImport(
        {
          effectiveDate: '2027-01-01',
          dryRun: true,
          content: '330212\t鄞州区',
        },
        ningbo,
      );
      expect(own.status).toBe(202);
      expect(own.body).toMatchObject({ format: 'gb2260', division: '330212000000' });

      const provinceJob = await startImport({
        effectiveDate: '2027-01-01',
        dryRun: true,
        content: statsList(xiaoshan.slice(0, 1)),
      });
      const { id } = provinceJob.body as DivisionImport;
      const hidden = await suite.get(`/api/v1/division-imports/${id}`, ningbo);
      expect(hidden.status).toBe(404);
      expect(hidden.body).toMatchObject({ code: 'CATALOG.DIVISION_IMPORT_NOT_FOUND' });
    });

    it('is refused without the catalogue administrator role', async () => {
      const response = await startImport(
        { effectiveDate: '2027-01-01', content: statsList(xiaoshan) },
        await suite.as('sc-clerk'),
      );
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'AUTH.ROLE_NOT_ADMITTED' });
    });
  });
});
