import type { LocalDate } from '@gov/calendar';
import type { CorrectionItem, DecisionOutcome } from './case-state';
import { NOTICE_KIND_DOCUMENTS, type NoticeKind } from './notice-number';

/** What a notice says, by kind: the facts its body is written from. */
export type NoticeContent =
  | {
      readonly kind: 'acceptance';
      readonly acceptedOn: LocalDate;
      readonly deemed: boolean;
      readonly statutoryDueDate: LocalDate;
      readonly promisedDueDate: LocalDate;
      /** The due dates reach into a year whose holidays are not yet announced. */
      readonly provisional: boolean;
    }
  | { readonly kind: 'rejection'; readonly reason: string }
  | { readonly kind: 'correction'; readonly items: readonly CorrectionItem[] }
  | { readonly kind: 'decision'; readonly outcome: DecisionOutcome; readonly reason?: string };

/** A notice document (受理通知书, 不予受理决定书, 补正告知书 or 决定书) ready to be written out. */
export interface NoticeDocument {
  /** Already formatted by `formatNoticeNumber`, e.g. `上城受字〔2026〕第12号`. */
  readonly number: string;
  readonly issuedOn: LocalDate;
  /** The organ's full name, e.g. `杭州市上城区政务服务中心`: it signs (and seals) the notice. */
  readonly issuer: string;
  readonly caseNumber: string;
  readonly itemName: string;
  /** Full name: the notice is addressed to the applicant. */
  readonly applicantName: string;
  readonly receivedOn: LocalDate;
  readonly content: NoticeContent;
}

const LAW = '《中华人民共和国行政许可法》';
const REMEDIES =
  '如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，' +
  '或者在六个月内依法向人民法院提起行政诉讼。';

type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] };

/** The title of a notice of this kind, e.g. `受理通知书`. */
export function noticeTitle(kind: NoticeKind): string {
  return NOTICE_KIND_DOCUMENTS[kind].title;
}

/** A date as administrative documents write it (GB/T 9704 §7.3.5): `2026年3月2日`, no leading zeros. */
export function chineseDate(date: LocalDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * The notice as plain text, one string a paragraph: the salutation, the body (the materials of a
 * correction notice one a line, numbered). Throws `RangeError` for a refusal or a denial without
 * a reason, or a correction notice without items: the law requires them, so they are bugs here.
 */
export function noticeText(doc: NoticeDocument): readonly string[] {
  return [
    salutation(doc),
    ...noticeBlocks(doc).flatMap((block) =>
      block.kind === 'paragraph'
        ? [block.text]
        : block.items.map((item, index) => `${index + 1}. ${item}`),
    ),
  ];
}

/**
 * The notice as a complete printable HTML page (A4, GB/T 9704 margins). Self-contained, with
 * inline style only and no scripts, so it passes a `default-src 'none'` policy; every value is
 * escaped. Throws `RangeError` as `noticeText` does.
 */
export function renderNoticeHtml(doc: NoticeDocument): string {
  const title = escapeHtml(noticeTitle(doc.content.kind));
  const body = noticeBlocks(doc).map((block) =>
    block.kind === 'paragraph'
      ? `<p>${escapeHtml(block.text)}</p>`
      : `<ol>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`,
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    `<head><meta charset="utf-8"><title>${title} ${escapeHtml(doc.number)}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body><main class="notice">',
    `<h1>${title}</h1>`,
    `<p class="number">${escapeHtml(doc.number)}</p>`,
    `<p class="salutation">${escapeHtml(salutation(doc))}</p>`,
    ...body,
    `<div class="signature"><p>${escapeHtml(doc.issuer)}</p>`,
    `<p>${escapeHtml(chineseDate(doc.issuedOn))}</p></div>`,
    `<footer>办件编号：${escapeHtml(doc.caseNumber)}</footer>`,
    '</main></body></html>',
    '',
  ].join('\n');
}

function salutation(doc: NoticeDocument): string {
  return `${doc.applicantName}：`;
}

function noticeBlocks(doc: NoticeDocument): readonly Block[] {
  const application =
    `你（单位）于${chineseDate(doc.receivedOn)}提出的${doc.itemName}申请` +
    `（办件编号：${doc.caseNumber}）`;
  const content = doc.content;
  switch (content.kind) {
    case 'acceptance': {
      // Art. 32 has a single numbered paragraph: deemed acceptance is in its item (四), "逾期不告知的，
      // 自收到申请材料之日起即为受理". `acceptedOn` is that day, also after a resubmission.
      const accepted = content.deemed
        ? `${application}，本机关未在收到申请材料之日起五个工作日内告知补正或者作出是否受理的决定，` +
          `根据${LAW}第三十二条第一款第（四）项的规定，` +
          `该申请自收到申请材料之日（${chineseDate(content.acceptedOn)}）起即为受理。`
        : `${application}，经审查，申请材料齐全、符合法定形式，` +
          `根据${LAW}第三十二条第一款第（五）项的规定，决定予以受理。` +
          `受理日期为${chineseDate(content.acceptedOn)}。`;
      const due =
        `本机关将于${chineseDate(content.promisedDueDate)}前` +
        `（法定期限届满日为${chineseDate(content.statutoryDueDate)}）作出决定。` +
        // Art. 45: these periods stop the clock, so the dates above can move.
        '依法需要听证、招标、拍卖、检验、检测、检疫、鉴定或者专家评审的，所需时间不计算在上述期限内。' +
        (content.provisional
          ? '上述日期所涉年度的节假日安排尚未公布，暂按周末计算，待国务院公布节假日安排后重新计算。'
          : '');
      return [paragraph(accepted), paragraph(due)];
    }
    case 'rejection':
      return [
        paragraph(
          `${application}，经审查，${reasonOf(content.reason, 'a rejection')}。` +
            `根据${LAW}第三十二条第一款的规定，决定不予受理。`,
        ),
        paragraph(REMEDIES),
      ];
    case 'correction': {
      if (content.items.length === 0) {
        throw new RangeError('a correction notice must list at least one material');
      }
      return [
        paragraph(
          `${application}，经审查，申请材料不齐全或者不符合法定形式。` +
            `根据${LAW}第三十二条第一款第（四）项的规定，` +
            '现一次性告知你（单位）需要补正的全部内容如下：',
        ),
        {
          kind: 'list',
          items: content.items.map(({ material, problem }) => `${material}：${clause(problem)}。`),
        },
        paragraph('请按上述要求补正后重新提交。补正期间不计入审查期限。'),
      ];
    }
    case 'decision':
      if (content.outcome === 'approved') {
        return [
          paragraph(
            `${application}，经审查，申请符合法定条件、标准，` +
              `根据${LAW}第三十八条第一款的规定，决定准予行政许可。`,
          ),
        ];
      }
      // Art. 38 ¶2: a denial gives its reasons and the applicant's remedies.
      return [
        paragraph(
          `${application}，经审查，${reasonOf(content.reason, 'a denial')}。` +
            `根据${LAW}第三十八条第二款的规定，决定不予行政许可。`,
        ),
        paragraph(REMEDIES),
      ];
  }
}

function paragraph(text: string): Block {
  return { kind: 'paragraph', text };
}

/** Text to be followed by 。: trimmed, its own closing punctuation dropped so it is not doubled. */
function clause(text: string): string {
  return text.trim().replace(/[\s。．.；;，,]+$/u, '');
}

function reasonOf(reason: string | undefined, what: string): string {
  const text = clause(reason ?? '');
  if (text === '') {
    throw new RangeError(`${what} must state its reason`);
  }
  return text;
}

// GB/T 9704-2012 §5.2: A4, top margin 37mm, binding (left) margin 28mm, a 156 × 225mm type area, so
// right 26mm and bottom 35mm; body in 仿宋 三号 (16pt), 22 lines a page; title in 小标宋 二号 (22pt).
const STYLE = [
  '@page { size: A4; margin: 37mm 26mm 35mm 28mm }',
  "body { margin: 0; font-family: 'FangSong', 'FangSong_GB2312', '仿宋', '仿宋_GB2312', 'STFangsong', 'SimSun', '宋体', 'Songti SC', serif; font-size: 16pt; line-height: 28.9pt; color: #000 }",
  '.notice { max-width: 156mm; margin: 0 auto }',
  "h1 { margin: 0 0 14pt; text-align: center; font-family: '方正小标宋简体', 'FZXiaoBiaoSong-B05S', 'SimSun', '宋体', 'Songti SC', serif; font-size: 22pt; font-weight: normal; line-height: 1.5 }",
  'p { margin: 0; text-indent: 2em; text-align: justify }',
  '.number { text-indent: 0; text-align: right; margin-bottom: 14pt }',
  '.salutation { text-indent: 0 }',
  'ol { margin: 0; padding-left: 4em }',
  '.signature { margin-top: 28.9pt; text-align: right }',
  '.signature p { text-indent: 0; text-align: right }',
  'footer { margin-top: 28.9pt; padding-top: 4pt; border-top: 1px solid #000; font-size: 12pt; line-height: 1.5 }',
].join('\n');
