import { MikroORM } from '@mikro-orm/postgresql';
import { seedPowerCatalogue } from '../../catalog/src/powers/seed-powers/seed-power-catalogue';
import { aPower, codeOf, powerOf } from './support/powers';
import { pageItems, Suite } from './support/suite';

describe('the power catalogue of the sample province through the gateway', () => {
  let suite: Suite;
  let admin: Record<string, string>;
  let ningbo: Record<string, string>;

  beforeAll(async () => {
    suite = await Suite.start(['catalog']);
    admin = await suite.as('zj-catalog-admin');
    ningbo = await suite.as('nb-catalog-admin');
  });
  afterAll(() => suite.stop());

  describe('the seeded catalogue of the sample province, read without a token', () => {
    const codes = async (path: string) =>
      pageItems<{ code: string }>(await suite.get(path)).map((item) => item.code);

    it('lists for a county its own powers and those of its city and province, none below or beside', async () => {
      const shangcheng = await codes('/api/v1/powers?division=330102&limit=200');
      expect(shangcheng).toEqual(
        expect.arrayContaining(['XK00101000', 'XK00401000', 'QZ00101000', 'XK00201000']),
      );
      expect(shangcheng).not.toContain('CF00101000'); // 西湖区
      expect(shangcheng).not.toContain('XK00301000'); // 宁波市
      const hangzhou = await codes('/api/v1/powers?division=330100&limit=200');
      expect(hangzhou).toContain('XK00401000');
      expect(hangzhou).not.toContain('XK00201000');
    });

    it('filters by category and pages through in code order, each power once', async () => {
      const seen: string[] = [];
      let path = '/api/v1/powers?division=330102000000&category=XK&limit=2';
      for (;;) {
        const page = (await suite.get(path)).body as {
          items: { code: string; category: { code: string } }[];
          nextCursor: string | null;
        };
        expect(page.items.every((item) => item.category.code === 'XK')).toBe(true);
        seen.push(...page.items.map((item) => item.code));
        if (page.nextCursor === null) break;
        path = `/api/v1/powers?division=330102000000&category=XK&limit=2&cursor=${page.nextCursor}`;
      }
      expect(seen).toEqual([...seen].sort());
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining(['XK00101000', 'XK00201000', 'XK00401000']));
    });

    it('reads a penalty with its discretion benchmarks, fines in fen', async () => {
      const penalty = await suite.get('/api/v1/powers/CF00101000?province=330000');
      expect(penalty.status).toBe(200);
      const { discretionBenchmarks } = powerOf(penalty);
      expect(discretionBenchmarks.map((benchmark) => benchmark.grade)).toEqual([
        '轻微',
        '一般',
        '较重',
        '严重',
      ]);
      expect(discretionBenchmarks[1]?.sanctions).toContainEqual({
        kind: '罚款',
        range: { min: 6_500_000, max: 8_500_000, unit: 'fen' },
      });
    });

    it('lists the province’s categories in order, 非行政许可审批 included, for any of its divisions', async () => {
      const categories = pageItems<{ name: string; requiresLegalBasis: boolean }>(
        await suite.get('/api/v1/power-categories?province=330102'),
      );
      expect(categories.slice(0, 11).map((category) => category.name)).toEqual([
        '行政许可',
        '行政处罚',
        '行政强制',
        '行政征收',
        '行政给付',
        '行政检查',
        '行政确认',
        '行政奖励',
        '行政裁决',
        '其他行政权力',
        '非行政许可审批',
      ]);
      expect(categories[10]).toMatchObject({ requiresLegalBasis: true });
    });

    it('seeds nothing a second time', async () => {
      const orm = suite.service('catalog').get<MikroORM, MikroORM>(MikroORM);
      expect(await seedPowerCatalogue(orm.em.fork())).toBe(0);
    });
  });

  describe('categories are configured per province', () => {
    const category = {
      province: '330000',
      name: '行政备案',
      requiresLegalBasis: true,
      usesDiscretionBenchmarks: false,
      position: 99,
    };

    it('lets the province’s administrator add a category its powers can use at once', async () => {
      const saved = await suite.send('PUT', '/api/v1/power-categories/BA', category, admin);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ province: '330000000000', code: 'BA', position: 99 });
      const created = await suite.send(
        'POST',
        '/api/v1/powers',
        aPower({ category: 'BA', name: '食品经营备案', legalBases: [] }),
        admin,
      );
      expect(created.status).toBe(201);
      const publication = await suite.send(
        'POST',
        `/api/v1/powers/${codeOf(created)}/versions/1/publish`,
        undefined,
        admin,
      );
      expect(publication.body).toMatchObject({ code: 'CATALOG.POWER_LEGAL_BASIS_REQUIRED' });
    });

    it('refuses a city’s administrator with 403', async () => {
      const response = await suite.send('PUT', '/api/v1/power-categories/BB', category, ningbo);
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'AUTH.DIVISION_OUT_OF_SCOPE' });
    });

    it('refuses a category the province has not configured', async () => {
      const response = await suite.send(
        'POST',
        '/api/v1/powers',
        aPower({ category: 'ZZ' }),
        admin,
      );
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'CATALOG.POWER_CATEGORY_UNKNOWN' });
    });
  });
});
