import { parseNoticeNumber } from '@gov/case';
import { submitCase, requiredMaterials } from './support/cases';
import { Suite } from './support/suite';

interface NoticeSummary {
  id: string;
  kind: string;
  title: string;
  number: string;
  issuedOn: string;
}

interface CaseDetail {
  status: string;
  firstResponder: string | null;
  timeline: { action: string; status: string | null; by: { username: string }; reason?: string }[];
  notices: NoticeSummary[];
}

/** Every acceptance, refusal, correction notice and decision issues a numbered, dated document. */
describe('notice documents of a case', () => {
  let suite: Suite;
  let clerk: Record<string, string>;
  let approver: Record<string, string>;
  let citizen: Record<string, string>;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases']);
    clerk = await suite.as('sc-clerk');
    approver = await suite.as('sc-approver');
    citizen = await suite.as('citizen-zhang');
  });
  afterAll(() => suite.stop());

  const act = (id: string, action: string, body: unknown = {}, as = clerk) =>
    suite.send('POST', `/api/v1/cases/${id}/${action}`, body, as);
  const detail = async (id: string, as = clerk) =>
    (await suite.get(`/api/v1/cases/${id}`, as)).body as CaseDetail;

  it('keeps a correction notice and an acceptance notice with the case, each numbered and dated', async () => {
    const submitted = await submitCase(suite, citizen);
    const [material] = await requiredMaterials(suite);
    await act(submitted.id, 'correction-notices', {
      items: [{ material: material?.key, problem: '营业执照复印件未加盖公章' }],
    });
    await act(submitted.id, 'resubmit', {}, citizen);
    await act(submitted.id, 'accept');

    const answer = await detail(submitted.id, citizen);
    expect(answer.firstResponder).toBe('sc-clerk');
    expect(answer.notices.map((notice) => notice.title)).toEqual(['补正告知书', '受理通知书']);
    const [correction, acceptance] = answer.notices;
    expect(parseNoticeNumber(correction?.number ?? '')).toMatchObject({ kind: 'correction' });
    expect(parseNoticeNumber(acceptance?.number ?? '')).toMatchObject({
      kind: 'acceptance',
      year: Number(acceptance?.issuedOn.slice(0, 4)),
    });
    expect(answer.timeline.map((entry) => [entry.action, entry.status])).toEqual([
      ['submit', 'submitted'],
      ['request-correction', 'correction-requested'],
      ['resubmit', 'submitted'],
      ['accept', 'under-review'],
    ]);

    const full = await suite.get(`/api/v1/cases/${submitted.id}/notices/${correction?.id}`, clerk);
    expect(full.status).toBe(200);
    const paragraphs = (full.body as { paragraphs: string[] }).paragraphs.join('\n');
    expect(paragraphs).toContain('一次性告知');
    expect(paragraphs).toContain('营业执照复印件未加盖公章');
    expect(paragraphs).toContain(submitted.number);
  });

  it('states the due dates in the acceptance notice and the reasons and remedies in a denial', async () => {
    const submitted = await submitCase(suite, citizen);
    const accepted = (await act(submitted.id, 'accept')).body as {
      clock: { statutory: { dueDate: string }; promised: { dueDate: string } };
    };
    await act(
      submitted.id,
      'decide',
      { outcome: 'denied', reason: '经营场所与食品安全要求不符' },
      approver,
    );
    const [acceptance, decision] = (await detail(submitted.id)).notices;
    const text = async (notice?: NoticeSummary) =>
      (
        (await suite.get(`/api/v1/cases/${submitted.id}/notices/${notice?.id}`, clerk)).body as {
          paragraphs: string[];
        }
      ).paragraphs.join('\n');
    const chinese = (date: string) => {
      const [year, month, day] = date.split('-').map(Number);
      return `${year}年${month}月${day}日`;
    };
    expect(await text(acceptance)).toContain(chinese(accepted.clock.promised.dueDate));
    expect(await text(acceptance)).toContain(chinese(accepted.clock.statutory.dueDate));
    const denial = await text(decision);
    expect(denial).toContain('经营场所与食品安全要求不符');
    expect(denial).toContain('不予行政许可');
    expect(denial).toContain('行政复议');
  });

  it('issues a refusal notice with its reason', async () => {
    const submitted = await submitCase(suite, citizen);
    await act(submitted.id, 'reject', { reason: '申请事项不属于本机关职权范围' });
    const [refusal] = (await detail(submitted.id)).notices;
    expect(refusal).toMatchObject({ kind: 'rejection', title: '不予受理决定书' });
  });

  it('numbers notices of one organ, kind and year without gaps or repeats, even when issued at once', async () => {
    const cases = await Promise.all([1, 2, 3, 4, 5].map(() => submitCase(suite, citizen)));
    await Promise.all(cases.map((each) => act(each.id, 'accept')));
    const numbers = await Promise.all(
      cases.map(async (each) => (await detail(each.id)).notices[0]?.number ?? ''),
    );
    const sequences = numbers
      .map((number) => parseNoticeNumber(number).sequence)
      .sort((a, b) => a - b);
    const first = sequences[0] ?? 0;
    expect(sequences).toEqual([first, first + 1, first + 2, first + 3, first + 4]);
  });

  it('prints a notice as a self-contained page, to the case’s readers only', async () => {
    const submitted = await submitCase(suite, citizen);
    await act(submitted.id, 'accept');
    const [acceptance] = (await detail(submitted.id)).notices;
    const path = `/api/v1/cases/${submitted.id}/notices/${acceptance?.id}/print`;

    const page = await fetch(`${suite.baseUrl}${path}`, { headers: citizen });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    );
    const html = await page.text();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('受理通知书');
    expect(html).toContain(acceptance?.number);
    expect(html).not.toContain('<script');

    const stranger = await fetch(`${suite.baseUrl}${path}`, {
      headers: await suite.as('citizen-li'),
    });
    expect(stranger.status).toBe(404);
    const unknown = await suite.get(
      `/api/v1/cases/${submitted.id}/notices/01936d3a-5b1c-7cc2-9f3e-000000000000`,
      clerk,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'CASE.NOTICE_NOT_FOUND' });
  });
});
