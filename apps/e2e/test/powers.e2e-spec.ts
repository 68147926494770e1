import { type CreatePowerRequest, type Power, type PowerFlowChart } from '@gov/contracts';
import {
  aPower,
  codeOf,
  contentOf,
  HANGZHOU_MARKET,
  NINGBO_MARKET,
  powerOf,
  SHANGCHENG_MARKET,
  streamedEvent,
  uniqueCode,
} from './support/powers';
import { eventually } from './support/cases';
import { pageItems, Suite } from './support/suite';

describe('the power catalogue through the gateway', () => {
  let suite: Suite;
  let admin: Record<string, string>;
  let ningbo: Record<string, string>;

  beforeAll(async () => {
    suite = await Suite.start(['catalog']);
    admin = await suite.as('zj-catalog-admin');
    ningbo = await suite.as('nb-catalog-admin');
  });
  afterAll(() => suite.stop());

  /** Registers a power as the province's catalogue administrator and publishes its version 1. */
  async function published(overrides: Partial<CreatePowerRequest> = {}): Promise<Power> {
    const created = await suite.send('POST', '/api/v1/powers', aPower(overrides), admin);
    expect(created.status).toBe(201);
    const { code } = powerOf(created);
    const publication = await suite.send(
      'POST',
      `/api/v1/powers/${code}/versions/1/publish`,
      undefined,
      admin,
    );
    expect(publication.status).toBe(200);
    return powerOf(publication);
  }

  it('takes a draft through publication to a public read and flow chart that need no token', async () => {
    const created = await suite.send('POST', '/api/v1/powers', aPower(), admin);
    expect(created.status).toBe(201);
    const { code } = powerOf(created);
    expect(created.location).toBe(`/api/v1/powers/${code}/versions/1`);
    expect(created.body).toMatchObject({ version: 1, status: 'draft', publishedAt: null });
    expect((await suite.get(`/api/v1/powers/${code}`)).status).toBe(404);

    const publication = await suite.send(
      'POST',
      `/api/v1/powers/${code}/versions/1/publish`,
      undefined,
      admin,
    );
    expect(publication.status).toBe(200);
    expect(publication.body).toMatchObject({ status: 'published', version: 1 });

    const read = await suite.get(`/api/v1/powers/${code}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      code,
      province: '330000000000',
      version: 1,
      status: 'published',
      category: { code: 'XK', name: '行政许可' },
      division: '330102000000',
      implementingOrgan: { creditCode: SHANGCHENG_MARKET, name: '杭州市上城区市场监督管理局' },
      legalBases: [expect.objectContaining({ article: '第三十五条第一款' })],
    });

    const chart = await suite.get(`/api/v1/powers/${code}/flow-chart`);
    expect(chart.status).toBe(200);
    const { nodes, edges } = chart.body as PowerFlowChart;
    expect(nodes.map((node) => [node.id, node.layer, node.start, node.end])).toEqual([
      ['accept', 0, true, false],
      ['notice', 1, false, true],
      ['review', 1, false, false],
      ['decide', 2, false, true],
    ]);
    expect(nodes[0]?.role).toBe('窗口受理人员');
    expect(nodes[0]?.responsibility).toContain('一次性告知');
    expect(edges).toContainEqual({ from: 'accept', to: 'notice', condition: '材料不全' });
  });

  it('announces a publication on the event stream with the code, version and division', async () => {
    const power = await published();
    const event = await eventually(() => streamedEvent(suite, power.code, 'published'));
    expect(event).toMatchObject({
      type: 'cn.gov.catalog.power.published.v1',
      division: '330102000000',
      data: { code: power.code, version: 1, division: '330102000000', previousVersion: null },
    });
    // The power's second change (registration, publication): consumers order by it.
    expect(event?.sequence).toBe(2);
  });

  it('refuses to publish a licensing power without a legal basis, naming the rule', async () => {
    const created = await suite.send('POST', '/api/v1/powers', aPower({ legalBases: [] }), admin);
    expect(created.status).toBe(201);
    const code = codeOf(created);
    const publication = await suite.send(
      'POST',
      `/api/v1/powers/${code}/versions/1/publish`,
      undefined,
      admin,
    );
    expect(publication.status).toBe(422);
    const refusal = publication.body as { code: string; detail: string };
    expect(refusal.code).toBe('CATALOG.POWER_LEGAL_BASIS_REQUIRED');
    expect(refusal.detail).toContain('「行政许可」类权力事项须至少有一项法律依据方可发布');
    expect((await suite.get(`/api/v1/powers/${code}`)).status).toBe(404);
  });

  it('publishes a power of a category that needs no legal basis without one', async () => {
    const power = await published({
      category: 'JC',
      name: '食品经营者日常监督检查',
      legalBases: [],
    });
    expect(power).toMatchObject({ status: 'published', category: { name: '行政检查' } });
  });

  it('refuses to edit a published version and supersedes it with a new draft version', async () => {
    const first = await published();
    const path = `/api/v1/powers/${first.code}`;
    const content = contentOf({ ...aPower(), name: '食品经营许可（新办）' });

    const refused = await suite.send('PUT', `${path}/versions/1`, content, admin);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'CATALOG.POWER_VERSION_IMMUTABLE' });

    const draft = await suite.send('POST', `${path}/versions`, undefined, admin);
    expect(draft.status).toBe(201);
    expect(draft.location).toBe(`${path}/versions/2`);
    expect(draft.body).toMatchObject({ version: 2, status: 'draft', name: '食品经营许可' });
    const edited = await suite.send('PUT', `${path}/versions/2`, content, admin);
    expect(edited.status).toBe(200);
    expect((await suite.get(path)).body).toMatchObject({ version: 1, name: '食品经营许可' });

    const publication = await suite.send('POST', `${path}/versions/2/publish`, undefined, admin);
    expect(publication.status).toBe(200);
    expect((await suite.get(path)).body).toMatchObject({
      version: 2,
      name: '食品经营许可（新办）',
    });
    const superseded = powerOf(await suite.get(`${path}/versions/1`, admin));
    expect(superseded.status).toBe('superseded');
    expect(superseded.endedAt).not.toBeNull();
    expect((await suite.get(`${path}/flow-chart`)).body).toMatchObject({ version: 2 });
    const event = await eventually(async () => {
      const found = await streamedEvent(suite, first.code, 'published');
      return found?.data.version === 2 ? found : undefined;
    });
    expect(event?.data).toMatchObject({ version: 2, previousVersion: 1 });
  });

  it('publishes a draft once when two administrators publish it at the same moment', async () => {
    const code = codeOf(await suite.send('POST', '/api/v1/powers', aPower(), admin));
    const path = `/api/v1/powers/${code}/versions/1/publish`;
    const answers = await Promise.all([
      suite.send('POST', path, undefined, admin),
      suite.send('POST', path, undefined, admin),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const loser = answers.find((answer) => answer.status === 409);
    expect(['CATALOG.POWER_CHANGED_CONCURRENTLY', 'CATALOG.POWER_VERSION_IMMUTABLE']).toContain(
      codeOf(loser!),
    );
  });

  it('refuses a second draft while one is open', async () => {
    const power = await published();
    const path = `/api/v1/powers/${power.code}/versions`;
    expect((await suite.send('POST', path, undefined, admin)).status).toBe(201);
    const again = await suite.send('POST', path, undefined, admin);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CATALOG.POWER_DRAFT_EXISTS' });
  });

  it('abolishes a power: public reads stop showing it and it takes no new version', async () => {
    const power = await published();
    const path = `/api/v1/powers/${power.code}`;
    const reason = '根据《国务院关于取消和下放一批行政许可事项的决定》取消';
    const abolished = await suite.send('POST', `${path}/abolish`, { reason }, admin);
    expect(abolished.status).toBe(200);
    expect(abolished.body).toMatchObject({ status: 'abolished', abolishReason: reason });
    expect((await suite.get(path)).status).toBe(404);
    const listed = pageItems<{ code: string }>(
      await suite.get('/api/v1/powers?division=330102&limit=200'),
    );
    expect(listed.map((item) => item.code)).not.toContain(power.code);

    const again = await suite.send('POST', `${path}/versions`, undefined, admin);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CATALOG.POWER_ABOLISHED' });
    const event = await eventually(() => streamedEvent(suite, power.code, 'abolished'));
    expect(event?.data).toEqual({
      code: power.code,
      province: '330000000000',
      division: '330102000000',
      version: 1,
      reason,
    });
  });

  describe('refuses what a catalogue administrator can correct, with its own code', () => {
    const refusal = async (request: unknown) => {
      const response = await suite.send('POST', '/api/v1/powers', request, admin);
      return { status: response.status, body: response.body as { code: string; detail: string } };
    };

    it('a flow whose next step does not exist', async () => {
      const power = aPower();
      const [first, ...rest] = power.flow;
      const flow = [{ ...first!, next: [{ to: 'approve' }] }, ...rest];
      const { status, body } = await refusal({ ...power, flow });
      expect(status).toBe(400);
      expect(body.code).toBe('CATALOG.POWER_FLOW_INVALID');
      expect(body.detail).toContain('「accept」的下一步「approve」不存在');
    });

    it('a flow that runs in a circle', async () => {
      const power = aPower();
      const flow = power.flow.map((step) =>
        step.id === 'decide' ? { ...step, next: [{ to: 'review' }] } : step,
      );
      const { status, body } = await refusal({ ...power, flow });
      expect(status).toBe(400);
      expect(body.code).toBe('CATALOG.POWER_FLOW_INVALID');
    });

    it('a discretion range whose lower bound is above its upper bound', async () => {
      const benchmark = {
        violation: '未取得食品经营许可从事食品经营活动',
        grade: '一般',
        circumstances: '货值金额不足一万元',
        sanctions: [
          { kind: '罚款', range: { min: 10_000_000, max: 5_000_000, unit: 'fen' as const } },
        ],
      };
      const { status, body } = await refusal(
        aPower({
          category: 'CF',
          division: '330100000000',
          implementingOrgan: HANGZHOU_MARKET,
          name: '对未取得食品经营许可从事食品经营活动的处罚',
          discretionBenchmarks: [benchmark],
        }),
      );
      expect(status).toBe(400);
      expect(body).toMatchObject({ code: 'CATALOG.POWER_DISCRETION_RANGE_INVALID' });
      expect(body.detail).toContain('下限 100,000 元 大于上限 50,000 元');
    });

    it('discretion benchmarks on a licensing power', async () => {
      const benchmark = {
        violation: '无',
        grade: '一般',
        circumstances: '无',
        sanctions: [{ kind: '警告' }],
      };
      const { status, body } = await refusal(aPower({ discretionBenchmarks: [benchmark] }));
      expect(status).toBe(422);
      expect(body.code).toBe('CATALOG.POWER_DISCRETION_NOT_APPLICABLE');
    });

    it('a code whose letters name another category, and a code already used', async () => {
      const mismatched = await refusal({ ...aPower(), code: uniqueCode('CF') });
      expect(mismatched.status).toBe(400);
      expect(mismatched.body.code).toBe('CATALOG.POWER_CODE_INVALID');
      const power = aPower();
      expect((await refusal(power)).status).toBe(201);
      const again = await refusal({ ...power, name: '另一项权力' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('CATALOG.POWER_EXISTS');
    });

    it('an implementing organ of another division than the power’s', async () => {
      const { status, body } = await refusal(aPower({ implementingOrgan: HANGZHOU_MARKET }));
      expect(status).toBe(422);
      expect(body.code).toBe('CATALOG.POWER_ORGAN_DIVISION_MISMATCH');
    });
  });

  describe('scope: a city administrator acts inside the city', () => {
    it('lets Ningbo’s administrator register and publish a power of a Ningbo department', async () => {
      const request = aPower({
        division: '330200000000',
        implementingOrgan: NINGBO_MARKET,
        name: '特种设备使用登记',
      });
      expect((await suite.send('POST', '/api/v1/powers', request, ningbo)).status).toBe(201);
      const publication = await suite.send(
        'POST',
        `/api/v1/powers/${request.code}/versions/1/publish`,
        undefined,
        ningbo,
      );
      expect(publication.status).toBe(200);
    });

    it('refuses with 403 a power in another city’s division', async () => {
      const response = await suite.send('POST', '/api/v1/powers', aPower(), ningbo);
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({
        code: 'AUTH.DIVISION_OUT_OF_SCOPE',
        details: { division: '330102000000', scope: '330200000000' },
      });
    });

    it('answers another city’s department as organ exactly as a department that does not exist', async () => {
      const ningboPower = { division: '330200000000', name: '特种设备使用登记' };
      const otherCity = await suite.send(
        'POST',
        '/api/v1/powers',
        aPower({ ...ningboPower, implementingOrgan: HANGZHOU_MARKET }),
        ningbo,
      );
      const unknown = await suite.send(
        'POST',
        '/api/v1/powers',
        aPower({ ...ningboPower, implementingOrgan: '11330200999999999X' }),
        ningbo,
      );
      expect(otherCity.status).toBe(422);
      expect(otherCity.body).toMatchObject({ code: 'CATALOG.POWER_ORGAN_UNKNOWN' });
      expect(unknown.status).toBe(422);
      expect(unknown.body).toMatchObject({ code: 'CATALOG.POWER_ORGAN_UNKNOWN' });
    });

    it('answers another city’s power as not found, for reading its drafts and publishing', async () => {
      const created = await suite.send('POST', '/api/v1/powers', aPower(), admin);
      const code = codeOf(created);
      const read = await suite.get(`/api/v1/powers/${code}/versions/1`, ningbo);
      const publication = await suite.send(
        'POST',
        `/api/v1/powers/${code}/versions/1/publish`,
        undefined,
        ningbo,
      );
      const missing = await suite.get(`/api/v1/powers/XK88888888/versions/1`, ningbo);
      for (const response of [read, publication, missing]) {
        expect(response.status).toBe(404);
        expect(response.body).toMatchObject({ code: 'CATALOG.POWER_NOT_FOUND' });
      }
    });

    it('refuses a role other than the catalogue administrator’s', async () => {
      const clerk = await suite.as('sc-clerk');
      const response = await suite.send('POST', '/api/v1/powers', aPower(), clerk);
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'AUTH.ROLE_NOT_ADMITTED' });
    });
  });
});
