import { requiredMaterials } from './support/cases';
import { type HttpResult, pageItems, Suite } from './support/suite';

const JOINT_ITEM = 'XK00012001';
/** citizen-zhang's verified resident ID (deploy/seed/users.json). */
const ZHANG = '330102198808081239';

interface MyNotice {
  caseId: string;
  caseNumber: string;
  eventType: string;
  title: string;
}

/** The citizen and the village agent are both told what happens to a case and can follow it. */
describe('notices to the parties of a case', () => {
  let suite: Suite;
  let agent: Record<string, string>;
  let citizen: Record<string, string>;
  let clerk: Record<string, string>;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases', 'notifications']);
    agent = await suite.as('ld-agent');
    citizen = await suite.as('citizen-zhang');
    clerk = await suite.as('sc-clerk');
    // The cases service learns a citizen's account when they first come; then a case an agent
    // enters for them reaches them too.
    expect((await suite.get('/api/v1/cases', citizen)).status).toBe(200);
  });
  afterAll(() => suite.stop());

  const noticesOf = (result: HttpResult, caseId: string) =>
    pageItems<MyNotice>(result).filter((notice) => notice.caseId === caseId);
  const myNotices = (headers: Record<string, string>, caseId: string, count: number) =>
    suite.eventually(
      '/api/v1/my/notices?limit=200',
      (result) => noticesOf(result, caseId).length >= count,
      10_000,
      headers,
    );

  it('tells the citizen and the agent who submitted for them, newest first', async () => {
    const submitted = await suite.send(
      'POST',
      '/api/v1/cases',
      {
        itemCode: JOINT_ITEM,
        division: '330102001000',
        residence: '330102001001',
        applicant: { kind: 'person', name: '张三', residentId: ZHANG, phone: '13812345678' },
        materials: await requiredMaterials(suite, JOINT_ITEM),
      },
      agent,
    );
    expect(submitted.status).toBe(201);
    const { id, number } = (submitted.body as { case: { id: string; number: string } }).case;
    expect((await suite.send('POST', `/api/v1/cases/${id}/accept`, {}, clerk)).status).toBeLessThan(
      300,
    );

    for (const headers of [agent, citizen]) {
      const notices = noticesOf(await myNotices(headers, id, 2), id);
      expect(notices.map((notice) => notice.title)).toEqual(
        expect.arrayContaining([`办件 ${number} 已提交，等待受理`, `办件 ${number} 已受理`]),
      );
      expect(notices.at(-1)?.title).toBe(`办件 ${number} 已提交，等待受理`);
      expect(notices.every((notice) => notice.caseNumber === number)).toBe(true);
    }

    const stranger = await suite.get('/api/v1/my/notices', await suite.as('citizen-li'));
    expect(stranger.status).toBe(200);
    expect(noticesOf(stranger, id)).toEqual([]);
  });

  it('pages through the caller’s notices without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`;
      const page = await suite.get(`/api/v1/my/notices?limit=1${query}`, agent);
      expect(page.status).toBe(200);
      const body = page.body as { items: { id: string }[]; nextCursor: string | null };
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
    } while (cursor !== null);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('asks for a token', async () => {
    expect((await fetch(`${suite.baseUrl}/api/v1/my/notices`)).status).toBe(401);
  });
});
