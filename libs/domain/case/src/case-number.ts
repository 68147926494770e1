import { isLocalDate, parseLocalDate, type LocalDate } from '@gov/calendar';
import { parseDivisionCode, tryParseDivisionCode } from '@gov/division';
import { CaseDomainError } from './case-domain.error';

/** The largest sequence a case number holds: 8 digits. */
export const CASE_NUMBER_MAX_SEQUENCE = 99_999_999;

/** A case number taken apart. */
export interface CaseNumberParts {
  /** The handling centre's 12-digit division code. */
  readonly division: string;
  /** The day of submission (Asia/Shanghai). */
  readonly date: LocalDate;
  readonly sequence: number;
}

const SEQUENCE_DIGITS = 8;
const PREFIX_LENGTHS = [2, 4, 6, 9, 12] as const;
const GROUPED = /^([0-9]{2,12})-([0-9]{8})-([0-9]{8})$/;
// Any dash a keyboard, an input method or a word processor may produce.
const DASHES = /[‐‑‒–—―−－]/g;

/**
 * The case number (办件编号): `{division}-{YYYYMMDD}-{sequence}`, e.g. `330102-20261126-00000123`.
 * - division: the handling centre's code cut to its level (2, 4, 6, 9 or 12 digits, the code's
 *   subtree prefix), so a township centre gets `330102001` and a county centre `330102`; every
 *   number of a subtree starts with the subtree's prefix, and no trailing zeros are read out.
 * - the day of submission, then an 8-digit zero-padded sequence: fixed widths sort a centre's
 *   numbers by day and order of arrival, and digits with hyphens read unambiguously over the phone.
 * - the sequence comes from one database sequence (`MAXVALUE 99999999 CYCLE`): a number repeats
 *   only if 10^8 cases were submitted at one centre on one day. Throws `RangeError` for bad parts.
 */
export function formatCaseNumber(division: string, date: LocalDate, sequence: number): string {
  const code = parseDivisionCode(division);
  parseLocalDate(date);
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > CASE_NUMBER_MAX_SEQUENCE) {
    throw new RangeError(
      `case number sequence must be an integer in 1–${CASE_NUMBER_MAX_SEQUENCE}, got ${sequence}`,
    );
  }
  const digits = date.replaceAll('-', '');
  return `${code.subtreePrefix}-${digits}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

/**
 * Reads a case number as typed by a person: full-width characters, spaces and any dash are
 * tolerated, and the hyphens may be left out (the division's length then follows from the total:
 * 18, 20, 22, 25 or 28 digits). Throws `CaseDomainError` `CASE.NUMBER_INVALID` otherwise.
 */
export function parseCaseNumber(input: string): CaseNumberParts {
  const parts = tryParseCaseNumber(input);
  if (!parts) {
    throw new CaseDomainError('CASE.NUMBER_INVALID', undefined, { input: shown(input) });
  }
  return parts;
}

/** Like `parseCaseNumber`, but null instead of throwing. */
export function tryParseCaseNumber(input: string): CaseNumberParts | null {
  if (typeof input !== 'string' || input.length > 64) {
    return null;
  }
  const text = input.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, '');
  const groups = GROUPED.exec(text) ?? GROUPED.exec(withHyphens(text));
  if (!groups) {
    return null;
  }
  const [, prefix = '', day = '', sequenceText = ''] = groups;
  const sequence = Number(sequenceText);
  const date = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
  const parsed = tryParseDivisionCode(prefix.padEnd(12, '0'));
  // Only the canonical prefix: `330102000` (a county's code padded) would be a second spelling.
  if (!parsed.ok || parsed.code.subtreePrefix !== prefix) {
    return null;
  }
  if (!isLocalDate(date) || sequence < 1) {
    return null;
  }
  return { division: parsed.code.value, date, sequence };
}

/** True when `input` reads as a case number. */
export function isCaseNumber(input: string): boolean {
  return tryParseCaseNumber(input) !== null;
}

function withHyphens(text: string): string {
  const divisionLength = text.length - 16;
  if (!/^[0-9]+$/.test(text) || !(PREFIX_LENGTHS as readonly number[]).includes(divisionLength)) {
    return text;
  }
  const dateEnd = divisionLength + 8;
  return `${text.slice(0, divisionLength)}-${text.slice(divisionLength, dateEnd)}-${text.slice(dateEnd)}`;
}

function shown(input: unknown): string {
  const text = typeof input === 'string' ? input : String(input);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
