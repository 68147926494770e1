import { sampleGuide, type ServiceGuide } from '@gov/contracts';
import { randomInt } from 'node:crypto';
import { pageItems, Suite } from './support/suite';

const HAN = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';

/** A base item code and a two-character name part no other test run uses. */
function uniqueItem() {
  const main = String(randomInt(100_000)).padStart(5, '0');
  const mark = Array.from({ length: 4 }, () => HAN[randomInt(HAN.length)]).join('');
  return { code: `XK${main}${String(randomInt(1000)).padStart(3, '0')}`, mark };
}

interface Version {
  version: number;
  state: string;
  validFrom: string | null;
  validTo: string | null;
  guide: ServiceGuide;
}

describe('service items: drafts, publication, versions and public guides', () => {
  let suite: Suite;
  let province: Record<string, string>;
  let ningbo: Record<string, string>;
  const { code, mark } = uniqueItem();
  const guide: ServiceGuide = { ...sampleGuide, name: `食品经营许可（${mark}）` };

  beforeAll(async () => {
    // Over a 30-day window no spent request comes back while the suite runs: the held guide's count.
    suite = await Suite.start(['catalog'], { env: { GATEWAY_RATE_LIMIT_WINDOW_MS: '2592000000' } });
    province = await suite.as('zj-catalog-admin');
    ningbo = await suite.as('nb-catalog-admin');
  });
  afterAll(() => suite.stop());

  const publish = (itemCode: string, version: number, body: object, as = province) =>
    suite.send('POST', `/api/v1/items/${itemCode}/versions/${version}/publish`, body, as);

  it('creates a base item as a draft that the public cannot read yet', async () => {
    const created = await suite.send(
      'POST',
      '/api/v1/items',
      { code, division: '330000000000', guide },
      province,
    );
    expect(created.status).toBe(201);
    expect(created.location).toBe(`/api/v1/items/${code}`);
    expect(created.body).toMatchObject({ code, kind: 'base', publishedVersion: null });

    const page = await suite.get(`/api/v1/guides/${code}`);
    expect(page.status).toBe(404);
    expect(page.body).toMatchObject({ code: 'CATALOG.ITEM_VERSION_NOT_FOUND' });
  });

  it('refuses a code outside the province’s scheme, a code already taken, an unknown division', async () => {
    const invalid = await suite.send(
      'POST',
      '/api/v1/items',
      { code: 'XK123', division: '330000000000', guide },
      province,
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ code: 'CATALOG.ITEM_CODE_INVALID' });
    const taken = await suite.send(
      'POST',
      '/api/v1/items',
      { code, division: '330000000000', guide },
      province,
    );
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'CATALOG.ITEM_CODE_TAKEN' });
    const nowhere = await suite.send(
      'POST',
      '/api/v1/items',
      { code: uniqueItem().code, division: '330199000000', guide },
      province,
    );
    expect(nowhere.status).toBe(422);
    expect(nowhere.body).toMatchObject({ code: 'CATALOG.ITEM_DIVISION_UNKNOWN' });
  });

  it('publishes the draft: the guide page answers with an ETag and a 304 when unchanged', async () => {
    const published = await publish(code, 1, { validFrom: '2026-01-01', changeNote: '首次发布' });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ state: 'published', validFrom: '2026-01-01' });

    const response = await fetch(`${suite.baseUrl}/api/v1/guides/${code}`);
    expect(response.status).toBe(200);
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    const page = (await response.json()) as { version: Version; organs: Record<string, string> };
    expect(page.version.guide.name).toBe(guide.name);
    expect(page.organs[guide.handlingOrgan]).toBe('浙江省市场监督管理局');

    const again = await fetch(`${suite.baseUrl}/api/v1/guides/${code}`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('answers a guide the gateway already holds as it answered the first read, checks included', async () => {
    const read = () => fetch(`${suite.baseUrl}/api/v1/guides/${code}`);
    const first = await read();
    const kept = await read();
    expect(kept.status).toBe(200);
    expect(await kept.text()).toBe(await first.text());
    for (const header of ['etag', 'cache-control', 'content-type', 'content-security-policy']) {
      expect(kept.headers.get(header)).toBe(first.headers.get(header));
    }
    expect(kept.headers.get('x-content-type-options')).toBe('nosniff');
    // The address's rate limit still counts it.
    expect(Number(kept.headers.get('ratelimit-remaining'))).toBe(
      Number(first.headers.get('ratelimit-remaining')) - 1,
    );
  });

  it('refuses to change a published version', async () => {
    const response = await suite.send(
      'PUT',
      `/api/v1/items/${code}/versions/1`,
      { guide: { ...guide, promisedLimitDays: 1 } },
      province,
    );
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'CATALOG.ITEM_VERSION_NOT_DRAFT' });
  });

  it('adjusts the item through a new version: the rules hold, dates tell which applied when', async () => {
    const draft = await suite.send('POST', `/api/v1/items/${code}/versions`, {}, province);
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ version: 2, state: 'draft' });

    const overLimit = { ...guide, promisedLimitDays: 25 };
    await suite.send('PUT', `/api/v1/items/${code}/versions/2`, { guide: overLimit }, province);
    const refused = await publish(code, 2, { validFrom: '2026-06-01', changeNote: '压缩时限' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'CATALOG.ITEM_PROMISED_OVER_STATUTORY' });

    const shorter = { ...guide, promisedLimitDays: 5 };
    await suite.send('PUT', `/api/v1/items/${code}/versions/2`, { guide: shorter }, province);
    expect(
      (await publish(code, 2, { validFrom: '2026-06-01', changeNote: '压缩时限' })).status,
    ).toBe(200);

    const before = await suite.get(`/api/v1/items/${code}/in-force?on=2026-03-01`);
    const after = await suite.get(`/api/v1/items/${code}/in-force?on=2026-07-01`);
    expect((before.body as Version).version).toBe(1);
    expect((before.body as Version).validTo).toBe('2026-05-31');
    expect((after.body as Version).version).toBe(2);

    const diff = await suite.get(`/api/v1/items/${code}/diff?from=1&to=2`);
    expect(diff.body).toMatchObject({
      changes: [{ path: 'promisedLimitDays', change: 'changed', before: 10, after: 5 }],
    });
    const log = await suite.get(`/api/v1/items/${code}/change-log`);
    expect((log.body as { entries: { version: number; state: string }[] }).entries).toEqual([
      expect.objectContaining({ version: 1, state: 'superseded' }),
      expect.objectContaining({ version: 2, state: 'published', changeNote: '压缩时限' }),
    ]);

    // The gateway drops its cached page when the item's publication event arrives.
    const page = await suite.eventually(
      `/api/v1/guides/${code}`,
      (result) => (result.body as { version?: Version }).version?.version === 2,
    );
    expect((page.body as { version: Version }).version.guide.promisedLimitDays).toBe(5);
  });

  it('refuses to publish a licensing item without a legal basis, changing nothing', async () => {
    const other = uniqueItem();
    await suite.send(
      'POST',
      '/api/v1/items',
      { code: other.code, division: '330000000000', guide: { ...guide, legalBases: [] } },
      province,
    );
    const refused = await publish(other.code, 1, { changeNote: '首次发布' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'CATALOG.ITEM_BASIS_REQUIRED' });
    expect((await suite.get(`/api/v1/guides/${other.code}`)).status).toBe(404);
  });

  describe('an implementation by a city', () => {
    let localCode: string;

    it('inherits the base item, and may only narrow it', async () => {
      const created = await suite.send(
        'POST',
        `/api/v1/items/${code}/implementations`,
        { division: '330200000000', handlingOrgan: '11330200002543007A' },
        ningbo,
      );
      expect(created.status).toBe(201);
      localCode = (created.body as { code: string }).code;
      expect(localCode).toBe(`${code}-330200000000-11330200002543007A`);

      const local = (promisedLimitDays: number): ServiceGuide => ({
        ...guide,
        promisedLimitDays,
        handlingOrgan: '11330200002543007A',
        departments: { lead: '11330200002543007A', involved: [] },
        materials: guide.materials.slice(0, 1),
      });
      await suite.send('PUT', `/api/v1/items/${localCode}/versions/1`, { guide: local(8) }, ningbo);
      const widening = await publish(localCode, 1, { changeNote: '本市实施' }, ningbo);
      expect(widening.status).toBe(422);
      expect(widening.body).toMatchObject({
        code: 'CATALOG.ITEM_IMPLEMENTATION_WIDENS',
        details: { violations: [{ path: 'promisedLimitDays' }] },
      });

      await suite.send('PUT', `/api/v1/items/${localCode}/versions/1`, { guide: local(3) }, ningbo);
      expect((await publish(localCode, 1, { changeNote: '本市实施' }, ningbo)).status).toBe(200);
    });

    it('is refused outside the city, and the city cannot touch the province’s item', async () => {
      const outside = await suite.send(
        'POST',
        `/api/v1/items/${code}/implementations`,
        { division: '330100000000', handlingOrgan: '11330100002519002R' },
        ningbo,
      );
      expect(outside.status).toBe(403);
      expect(outside.body).toMatchObject({ code: 'AUTH.DIVISION_OUT_OF_SCOPE' });
      const provinceItem = await suite.send('POST', `/api/v1/items/${code}/versions`, {}, ningbo);
      expect(provinceItem.status).toBe(404);
      expect(provinceItem.body).toMatchObject({ code: 'CATALOG.ITEM_NOT_FOUND' });
    });

    it('is found where it applies, with the base item, by a two-character term', async () => {
      const term = mark.slice(1, 3);
      const inNingbo = await suite.get(`/api/v1/guides?division=330203&q=${term}`);
      expect(inNingbo.status).toBe(200);
      expect(pageItems<{ code: string }>(inNingbo).map((item) => item.code)).toEqual([
        code,
        localCode,
      ]);
      const inHangzhou = await suite.get(`/api/v1/guides?division=330102&q=${mark}`);
      expect(pageItems<{ code: string }>(inHangzhou).map((item) => item.code)).toEqual([code]);
    });

    it('is abolished with its base item, and neither is found any more', async () => {
      const abolished = await suite.send(
        'POST',
        `/api/v1/items/${code}/abolish`,
        { reason: '根据省政府决定取消', effectiveDate: '2026-12-01' },
        province,
      );
      expect(abolished.status).toBe(200);
      expect(abolished.body).toMatchObject({ status: 'abolished' });
      const search = await suite.get(`/api/v1/guides?division=330203&q=${mark}`);
      expect(pageItems(search)).toEqual([]);
      const local = await suite.get(`/api/v1/items/${localCode}/in-force?on=2026-12-01`);
      expect(local.status).toBe(404);
    });
  });
});

describe('the seeded catalogue of the sample province', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start(['catalog']);
  });
  afterAll(() => suite.stop());

  it.each(['执照', '营业执照'])(
    'finds the items whose name or guide mentions %s, for a citizen of 上城区',
    async (q) => {
      const result = await suite.get(
        `/api/v1/guides?division=330102&q=${encodeURIComponent(q)}&limit=200`,
      );
      expect(result.status).toBe(200);
      const codes = pageItems<{ code: string }>(result).map((item) => item.code);
      expect(codes).toEqual(expect.arrayContaining(['XK00001001']));
      for (const code of codes) {
        const page = await suite.get(`/api/v1/guides/${code}`);
        expect(JSON.stringify(page.body)).toContain(q);
      }
    },
  );

  it('shows 上城区 its own implementation beside the province’s base item', async () => {
    const result = await suite.get('/api/v1/guides?division=330102001001&q=食品经营许可');
    const codes = pageItems<{ code: string }>(result).map((item) => item.code);
    expect(codes).toEqual(
      expect.arrayContaining(['XK00001001', 'XK00001001-330102000000-11330102002528004D']),
    );
    expect(codes.filter((code) => code.includes('330212000000'))).toEqual([]);
  });

  it('pages through every item in force in a county, each once', async () => {
    const seen: string[] = [];
    let path = '/api/v1/guides?division=330102&limit=7';
    for (;;) {
      const page = (await suite.get(path)).body as {
        items: { code: string }[];
        nextCursor: string | null;
      };
      seen.push(...page.items.map((item) => item.code));
      if (page.nextCursor === null) break;
      path = `/api/v1/guides?division=330102&limit=7&cursor=${page.nextCursor}`;
    }
    expect(seen.length).toBeGreaterThanOrEqual(20);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen);
  });
});

describe('delegating an item down (下放)', () => {
  let suite: Suite;
  let province: Record<string, string>;

  beforeAll(async () => {
    // Over a 30-day window no spent request comes back while the suite runs: the held guide's count.
    suite = await Suite.start(['catalog'], { env: { GATEWAY_RATE_LIMIT_WINDOW_MS: '2592000000' } });
    province = await suite.as('zj-catalog-admin');
  });
  afterAll(() => suite.stop());

  it('hands a city implementation to a county: published there, abolished above, one event', async () => {
    const { code, mark } = uniqueItem();
    const guide: ServiceGuide = { ...sampleGuide, name: `食品经营许可（${mark}）` };
    await suite.send('POST', '/api/v1/items', { code, division: '330000000000', guide }, province);
    await suite.send(
      'POST',
      `/api/v1/items/${code}/versions/1/publish`,
      { validFrom: '2026-01-01', changeNote: '首次发布' },
      province,
    );
    const city = await suite.send(
      'POST',
      `/api/v1/items/${code}/implementations`,
      { division: '330100000000', handlingOrgan: '11330100002519002R' },
      province,
    );
    const cityCode = (city.body as { code: string }).code;
    await suite.send(
      'POST',
      `/api/v1/items/${cityCode}/versions/1/publish`,
      { validFrom: '2026-02-01', changeNote: '本市实施' },
      province,
    );

    const delegated = await suite.send(
      'POST',
      `/api/v1/items/${cityCode}/delegate`,
      {
        division: '330102000000',
        handlingOrgan: '11330102002528004D',
        effectiveDate: '2026-12-01',
        reason: '杭州市人民政府决定下放',
      },
      province,
    );
    expect(delegated.status).toBe(201);
    const countyCode = `${code}-330102000000-11330102002528004D`;
    expect(delegated.body).toMatchObject({ code: countyCode, publishedVersion: 1 });

    const county = await suite.get(`/api/v1/guides/${countyCode}`);
    expect((county.body as { version: Version }).version).toMatchObject({
      validFrom: '2026-12-01',
      guide: { handlingOrgan: '11330102002528004D' },
    });
    const cityItem = await suite.get(`/api/v1/guides/${cityCode}`);
    expect(cityItem.body).toMatchObject({
      item: { status: 'abolished', delegatedTo: [countyCode] },
      version: { validTo: '2026-11-30' },
    });
  });

  it('refuses to delegate to a division that is not below the item', async () => {
    const { code } = uniqueItem();
    await suite.send(
      'POST',
      '/api/v1/items',
      { code, division: '330000000000', guide: sampleGuide },
      province,
    );
    await suite.send(
      'POST',
      `/api/v1/items/${code}/versions/1/publish`,
      { changeNote: '首次发布' },
      province,
    );
    const sideways = await suite.send(
      'POST',
      `/api/v1/items/${code}/delegate`,
      { division: '330000000000', handlingOrgan: '11330000002482001J', reason: '无' },
      province,
    );
    expect(sideways.status).toBe(422);
    expect(sideways.body).toMatchObject({ code: 'CATALOG.ITEM_IMPLEMENTATION_LEVEL' });
  });
});
