import { parseLocalDate } from '@gov/calendar';
import {
  chineseDate,
  escapeHtml,
  noticeText,
  noticeTitle,
  renderNoticeHtml,
  type NoticeContent,
  type NoticeDocument,
} from './notice-document';

const d = parseLocalDate;

function notice(content: NoticeContent, overrides: Partial<NoticeDocument> = {}): NoticeDocument {
  return {
    number: '上城受字〔2026〕第12号',
    issuedOn: d('2026-03-06'),
    issuer: '杭州市上城区政务服务中心',
    caseNumber: '330102-20260302-000123',
    itemName: '食品经营许可',
    applicantName: '陈杰',
    receivedOn: d('2026-03-02'),
    content,
    ...overrides,
  };
}

const acceptance = (deemed = false, provisional = false): NoticeContent => ({
  kind: 'acceptance',
  acceptedOn: d('2026-03-02'),
  deemed,
  statutoryDueDate: d('2026-03-30'),
  promisedDueDate: d('2026-03-16'),
  provisional,
});
const correction: NoticeContent = {
  kind: 'correction',
  items: [
    { material: '营业执照复印件', problem: '未加盖公章' },
    { material: '经营场所平面图', problem: '缺少比例尺。' },
    { material: '法定代表人身份证明', problem: '缺少反面' },
  ],
};
const denial: NoticeContent = { kind: 'decision', outcome: 'denied', reason: '经营场所面积不足' };
const REMEDIES = '六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼';

describe('notice documents', () => {
  it('writes dates without leading zeros', () => {
    expect(chineseDate(d('2026-03-02'))).toBe('2026年3月2日');
    expect(chineseDate(d('2025-12-31'))).toBe('2025年12月31日');
  });

  it('titles each kind of notice', () => {
    expect(noticeTitle('acceptance')).toBe('受理通知书');
    expect(noticeTitle('rejection')).toBe('不予受理决定书');
    expect(noticeTitle('correction')).toBe('补正告知书');
    expect(noticeTitle('decision')).toBe('决定书');
  });

  it('accepts under Art. 32 item (五) and gives both due dates', () => {
    const [to, accepted, due] = noticeText(notice(acceptance()));
    expect(to).toBe('陈杰：');
    expect(accepted).toBe(
      '你（单位）于2026年3月2日提出的食品经营许可申请（办件编号：330102-20260302-000123），' +
        '经审查，申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》' +
        '第三十二条第一款第（五）项的规定，决定予以受理。受理日期为2026年3月2日。',
    );
    expect(due).toContain('本机关将于2026年3月16日前（法定期限届满日为2026年3月30日）作出决定。');
    expect(due).not.toContain('暂按周末计算');
  });

  it('says a deemed acceptance happened by law on the day of receipt', () => {
    const [, accepted] = noticeText(notice(acceptance(true)));
    expect(accepted).toContain('未在收到申请材料之日起五个工作日内');
    expect(accepted).toContain('第三十二条第一款第（四）项');
    expect(accepted).toContain('自收到申请材料之日（2026年3月2日）起即为受理');
    expect(accepted).not.toContain('经审查');
  });

  it('warns that due dates in a year without announced holidays will be recounted', () => {
    const [, , due] = noticeText(notice(acceptance(false, true)));
    expect(due).toContain('暂按周末计算，待国务院公布节假日安排后重新计算');
  });

  it('gives the reason and the remedies of a rejection', () => {
    const text = noticeText(
      notice({ kind: 'rejection', reason: '申请事项不属于本机关职权范围。' }),
    );
    expect(text[1]).toContain(
      '经审查，申请事项不属于本机关职权范围。根据《中华人民共和国行政许可法》第三十二条第一款的规定，决定不予受理。',
    );
    expect(text[2]).toContain(REMEDIES);
  });

  it('lists every material of a correction notice in order', () => {
    const text = noticeText(notice(correction));
    expect(text[1]).toContain('第三十二条第一款第（四）项');
    expect(text[1]).toMatch(/一次性告知你（单位）需要补正的全部内容如下：$/);
    expect(text.slice(2)).toEqual([
      '1. 营业执照复印件：未加盖公章。',
      '2. 经营场所平面图：缺少比例尺。',
      '3. 法定代表人身份证明：缺少反面。',
      '请按上述要求补正后重新提交。补正期间不计入审查期限。',
    ]);
    expect(renderNoticeHtml(notice(correction))).toContain(
      '<ol><li>营业执照复印件：未加盖公章。</li><li>经营场所平面图：缺少比例尺。</li>' +
        '<li>法定代表人身份证明：缺少反面。</li></ol>',
    );
  });

  it('grants a licence under Art. 38 ¶1 without remedies', () => {
    const text = noticeText(notice({ kind: 'decision', outcome: 'approved' }));
    expect(text.join('')).toContain(
      '申请符合法定条件、标准，根据《中华人民共和国行政许可法》第三十八条第一款',
    );
    expect(text.join('')).toContain('决定准予行政许可。');
    expect(text.join('')).not.toContain('行政复议');
  });

  it('gives the reason and the remedies of a denial', () => {
    const text = noticeText(notice(denial));
    expect(text[1]).toContain('经审查，经营场所面积不足。');
    expect(text[1]).toContain('第三十八条第二款的规定，决定不予行政许可。');
    expect(text[2]).toContain(REMEDIES);
  });

  it.each([
    ['a denial without a reason', { kind: 'decision', outcome: 'denied' }],
    ['a denial with a blank reason', { kind: 'decision', outcome: 'denied', reason: ' 。' }],
    ['a rejection with a blank reason', { kind: 'rejection', reason: '' }],
    ['a correction notice without materials', { kind: 'correction', items: [] }],
  ] as const)('refuses to write %s', (_, content) => {
    expect(() => noticeText(notice(content))).toThrow(RangeError);
    expect(() => renderNoticeHtml(notice(content))).toThrow(RangeError);
  });

  it('escapes every character that could start markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('prints a hostile applicant name and reason as text', () => {
    const html = renderNoticeHtml(
      notice(
        { kind: 'decision', outcome: 'denied', reason: `材料"不实"&'伪造'` },
        { applicantName: '<script>alert(1)</script>', itemName: '<img src=x onerror=alert(1)>' },
      ),
    );
    expect(html).not.toMatch(/<script|<img|"不实"|&'/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;：');
    expect(html).toContain('材料&quot;不实&quot;&amp;&#39;伪造&#39;');
  });

  it('renders a self-contained A4 page signed and dated by the issuer', () => {
    const html = renderNoticeHtml(notice(acceptance()));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain(
      '<meta charset="utf-8"><title>受理通知书 上城受字〔2026〕第12号</title>',
    );
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm }');
    expect(html).toContain('<h1>受理通知书</h1>\n<p class="number">上城受字〔2026〕第12号</p>');
    expect(html).toContain('<p>杭州市上城区政务服务中心</p>\n<p>2026年3月6日</p></div>');
    expect(html).toContain('<footer>办件编号：330102-20260302-000123</footer>');
    // Nothing the gateway's `default-src 'none'` policy would block.
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import/i);
  });
});
