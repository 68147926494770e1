import { CREDIT_CODE_CHARSET, creditCodeCheckCharacter } from './credit-code-check';
import { shownInput } from './shown-input';

/** Why a credit code was rejected: not 18 allowed characters in the right places, or a wrong check character. */
export type CreditCodeRejectionReason = 'format' | 'check-digit';

/** A rejected credit code: the reason for programs, the message (Simplified Chinese) for people. */
export interface CreditCodeRejection {
  readonly ok: false;
  readonly reason: CreditCodeRejectionReason;
  readonly message: string;
}

/** An accepted credit code, with the 6-digit division code of its registration authority (positions 3–8). */
export interface ValidCreditCode {
  readonly ok: true;
  readonly value: string;
  readonly divisionCode: string;
}

/** The outcome of `validateCreditCode`. */
export type CreditCodeValidation = ValidCreditCode | CreditCodeRejection;

const LENGTH = 18;
const ALLOWED = new Set(CREDIT_CODE_CHARSET);
// Letters the code leaves out because they are read as digits; point the person at the digit.
const LOOK_ALIKE_DIGITS: Readonly<Record<string, string>> = { I: '1', O: '0', Z: '2', S: '5' };
const DIVISION_DIGITS = /^[0-9]{6}$/;

/**
 * Checks a unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, a 6-digit
 * division code at positions 3–8, and the check character. Strict: no trimming, no upper-casing.
 */
export function validateCreditCode(input: string): CreditCodeValidation {
  if (typeof input !== 'string' || input.length !== LENGTH) {
    const received =
      typeof input === 'string'
        ? `收到“${shownInput(input)}”，共 ${input.length} 位`
        : '收到的不是文本';
    return reject('format', `统一社会信用代码应为 18 位（不含空格或其他字符），${received}`);
  }
  const characters = [...input];
  // A lower-case letter whose capital is allowed: the fix is to capitalise it. Any other character
  // (including i, o, z, s, v, whose capitals are excluded) is reported as not allowed.
  const lowerAt = characters.findIndex(
    (character) => /[a-z]/.test(character) && ALLOWED.has(character.toUpperCase()),
  );
  const lower = characters[lowerAt];
  if (lower !== undefined) {
    return reject(
      'format',
      `统一社会信用代码中的字母须为大写：第 ${lowerAt + 1} 位“${lower}”应写作“${lower.toUpperCase()}”`,
    );
  }
  const badAt = characters.findIndex((character) => !ALLOWED.has(character));
  const bad = characters[badAt];
  if (bad !== undefined) {
    const digit = LOOK_ALIKE_DIGITS[bad.toUpperCase()];
    const hint = digit === undefined ? '' : `，是否应为数字“${digit}”`;
    return reject(
      'format',
      `统一社会信用代码第 ${badAt + 1} 位“${bad}”不是允许的字符${hint}；` +
        '只能使用数字 0–9 和大写字母（不含 I、O、Z、S、V）',
    );
  }
  const divisionCode = input.slice(2, 8);
  if (!DIVISION_DIGITS.test(divisionCode)) {
    return reject(
      'format',
      `统一社会信用代码第 3–8 位是登记管理机关的行政区划代码，应为 6 位数字，收到“${divisionCode}”`,
    );
  }
  if (creditCodeCheckCharacter(input.slice(0, 17)) !== input.charAt(17)) {
    // The expected character is not shown: the typo is as likely in the first 17 characters.
    return reject(
      'check-digit',
      `统一社会信用代码“${input}”校验未通过，可能有字符输错或前后颠倒，请对照营业执照或登记证书逐位核对`,
    );
  }
  return { ok: true, value: input, divisionCode };
}

/** True when `input` is a valid unified social credit code. */
export function isValidCreditCode(input: string): boolean {
  return validateCreditCode(input).ok;
}

function reject(reason: CreditCodeRejectionReason, message: string): CreditCodeRejection {
  return { ok: false, reason, message };
}
