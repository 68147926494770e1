import { checkBirthDate, isoDate, type BirthDateProblem } from './birth-date';
import { residentIdCheckCharacter } from './resident-id-check';

/** Why an identity number was rejected: its shape, its birth date, or its check character. */
export type ResidentIdRejectionReason = 'format' | 'birth-date' | 'check-digit';

/** A rejected identity number: the reason for programs, the message (Simplified Chinese) for people. */
export interface ResidentIdRejection {
  readonly ok: false;
  readonly reason: ResidentIdRejectionReason;
  readonly message: string;
}

/** An accepted identity number and what it encodes. */
export interface ValidResidentId {
  readonly ok: true;
  readonly value: string;
  /** Positions 1–6: the division code where the number was first issued. */
  readonly divisionCode: string;
  /** Positions 7–14 as `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** From position 17: odd is male, even is female. */
  readonly sex: 'male' | 'female';
}

/** The outcome of `validateResidentId`. */
export type ResidentIdValidation = ValidResidentId | ResidentIdRejection;

const LENGTH = 18;
const SHAPE = /^[0-9]{17}[0-9X]$/;
const OLD_FIFTEEN_DIGITS = /^[0-9]{15}$/;

const BIRTH_DATE_MESSAGES: Record<BirthDateProblem, (date: string) => string> = {
  'before-1900': (date) => `出生日期（第 7–14 位）“${date}”早于 1900 年，请核对年份`,
  'not-a-date': (date) => `出生日期（第 7–14 位）“${date}”不是日历上存在的日期，请核对月和日`,
  'in-the-future': (date) => `出生日期（第 7–14 位）“${date}”晚于今天，请核对年份`,
};

/**
 * Checks a resident identity number (公民身份号码, GB 11643-1999): 17 digits and a check character,
 * a real birth date not after `today`. Messages never repeat the whole number, which is personal data.
 */
export function validateResidentId(input: string, today: Date = new Date()): ResidentIdValidation {
  if (typeof input !== 'string' || input.length !== LENGTH) {
    return reject('format', lengthMessage(input));
  }
  if (!SHAPE.test(input)) {
    return reject('format', shapeMessage(input));
  }
  const digits = input.slice(6, 14);
  const problem = checkBirthDate(digits, today);
  if (problem !== null) {
    return reject('birth-date', `公民身份号码的${BIRTH_DATE_MESSAGES[problem](digits)}`);
  }
  if (residentIdCheckCharacter(input.slice(0, 17)) !== input.charAt(17)) {
    return reject(
      'check-digit',
      '公民身份号码校验未通过，可能有数字输错或前后颠倒，请对照居民身份证逐位核对',
    );
  }
  return {
    ok: true,
    value: input,
    divisionCode: input.slice(0, 6),
    birthDate: isoDate(digits),
    sex: Number(input.charAt(16)) % 2 === 1 ? 'male' : 'female',
  };
}

/** True when `input` is a valid resident identity number as of `today`. */
export function isValidResidentId(input: string, today?: Date): boolean {
  return validateResidentId(input, today).ok;
}

function reject(reason: ResidentIdRejectionReason, message: string): ResidentIdRejection {
  return { ok: false, reason, message };
}

function lengthMessage(input: unknown): string {
  if (typeof input === 'string' && OLD_FIFTEEN_DIGITS.test(input)) {
    return '这是 15 位的旧式身份证号码，请填写 18 位的公民身份号码（见第二代居民身份证）';
  }
  const received = typeof input === 'string' ? `收到 ${input.length} 位` : '收到的不是文本';
  return `公民身份号码应为 18 位（不含空格或其他字符），${received}`;
}

function shapeMessage(input: string): string {
  if (/^[0-9]{17}x$/.test(input)) {
    return '公民身份号码最后一位的字母 X 须为大写';
  }
  const badAt = [...input.slice(0, 17)].findIndex((character) => !/[0-9]/.test(character));
  const where = badAt === -1 ? '第 18 位' : `第 ${badAt + 1} 位`;
  return `公民身份号码${where}有误：前 17 位只能是数字，最后一位是数字或大写字母 X`;
}
