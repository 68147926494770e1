import { NOTICE_KIND_VALUES } from '@gov/contracts';
import { CaseDomainError } from './case-domain.error';

/** The notice documents of a case (DOMAIN.md §4), as named on the wire. */
export const NOTICE_KINDS = NOTICE_KIND_VALUES;
/** 受理通知书, 不予受理决定书, 补正告知书 or 决定书. */
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Each kind's document title and the abbreviation (代字) in its number. */
export const NOTICE_KIND_DOCUMENTS: Readonly<
  Record<NoticeKind, { readonly title: string; readonly abbreviation: string }>
> = {
  acceptance: { title: '受理通知书', abbreviation: '受' },
  rejection: { title: '不予受理决定书', abbreviation: '不受' },
  correction: { title: '补正告知书', abbreviation: '补' },
  decision: { title: '决定书', abbreviation: '决' },
};

/** A notice number taken apart. */
export interface NoticeNumberParts {
  readonly kind: NoticeKind;
  /** The issuing division's (or organ's) short name, e.g. `上城`. */
  readonly issuer: string;
  readonly year: number;
  readonly sequence: number;
}

const ISSUER = /^[\p{Script=Han}A-Za-z0-9]{1,30}$/u;
// `不受` before `受`, and a lazy issuer: `上城不受字` is 上城 + 不受, never 上城不 + 受.
const NOTICE_NUMBER = /^(.+?)(不受|受|补|决)字〔([0-9]{4})〕第([1-9][0-9]*)号$/u;

/**
 * The number of a notice document, in the form of administrative documents' numbers (发文字号):
 * issuer's short name + kind abbreviation + 字, the year in hexagonal brackets 〔〕 (GB/T 9704-2012
 * §7.2.4), then 第 + sequence + 号 — e.g. `上城受字〔2026〕第123号`. The sequence is written without
 * leading zeros (GB/T 9704 "不编虚位") and counts per issuer, kind and year. The short name must not
 * end in 不 (it would read as part of 不受). Throws `RangeError` for bad parts.
 */
export function formatNoticeNumber(
  kind: NoticeKind,
  issuer: string,
  year: number,
  sequence: number,
): string {
  if (!ISSUER.test(issuer) || issuer.endsWith('不') || issuer.endsWith('字')) {
    throw new RangeError(
      `notice issuer must be 1–30 Chinese characters, letters or digits, not ending in 不 or 字, got “${issuer}”`,
    );
  }
  if (!Number.isSafeInteger(year) || year < 1900 || year > 9999) {
    throw new RangeError(`notice year must be in 1900–9999, got ${year}`);
  }
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`notice sequence must be a positive integer, got ${sequence}`);
  }
  return `${issuer}${NOTICE_KIND_DOCUMENTS[kind].abbreviation}字〔${year}〕第${sequence}号`;
}

/**
 * Reads a notice number; square brackets [] or 【】 are taken for 〔〕 (they are what most
 * keyboards type). Throws `CaseDomainError` `CASE.NOTICE_NUMBER_INVALID` otherwise.
 */
export function parseNoticeNumber(input: string): NoticeNumberParts {
  const text = typeof input === 'string' ? input.normalize('NFKC').replace(/\s+/g, '') : '';
  const match = NOTICE_NUMBER.exec(text.replace(/[[【]/g, '〔').replace(/[\]】]/g, '〕'));
  const [, issuer = '', abbreviation = '', year = '', sequence = ''] = match ?? [];
  const kind = NOTICE_KINDS.find(
    (each) => NOTICE_KIND_DOCUMENTS[each].abbreviation === abbreviation,
  );
  if (!match || !kind || !ISSUER.test(issuer) || !Number.isSafeInteger(Number(sequence))) {
    throw new CaseDomainError('CASE.NOTICE_NUMBER_INVALID', undefined, {
      input: text.slice(0, 40),
    });
  }
  return { kind, issuer, year: Number(year), sequence: Number(sequence) };
}
