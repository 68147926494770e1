import { creditCodeCheckCharacter } from './credit-code-check';
import { isValidCreditCode, validateCreditCode } from './validate-credit-code';

const SAMPLE = '91350100M000100Y43';

/** A valid code from its first 17 characters. */
const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17);

function rejectionOf(input: string) {
  const result = validateCreditCode(input);
  if (result.ok) {
    throw new Error(`expected "${input}" to be rejected`);
  }
  return result;
}

describe('creditCodeCheckCharacter', () => {
  it.each([
    ['91350100M000100Y4', '3'],
    ['9135010000000000F', '0'],
    ['9135010000000000R', 'Y'],
    ['12100000400000624', 'D'],
  ])('computes the check character of %s as %s', (first17, check) => {
    expect(creditCodeCheckCharacter(first17)).toBe(check);
  });

  it.each([
    ['sixteen characters', '91350100M000100Y'],
    ['eighteen characters', SAMPLE],
    ['a forbidden letter', '91350100O000100Y4'],
    ['a lower-case letter', '91350100m000100Y4'],
  ])('refuses a body of %s', (_name, first17) => {
    expect(() => creditCodeCheckCharacter(first17)).toThrow(RangeError);
  });
});

describe('validateCreditCode', () => {
  it.each([
    ['the sample printed in many guides', SAMPLE, '350100'],
    ['a published enterprise code', '914403001922038216', '440300'],
    ['a published enterprise code with an X in its body', '9144030071526726XG', '440300'],
    ['a published enterprise code', '91110108551385082Q', '110108'],
    ['a published code of a public institution', '12100000400000624D', '100000'],
  ])('accepts %s (%s) and reads its division code', (_name, code, divisionCode) => {
    expect(validateCreditCode(code)).toEqual({ ok: true, value: code, divisionCode });
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('accepts a code whose check character is 0, where 31 − 0 wraps to 0', () => {
    expect(isValidCreditCode('9135010000000000F0')).toBe(true);
  });

  it('rejects a wrong check character and asks for the code to be checked against the licence', () => {
    const rejection = rejectionOf('91350100M000100Y44');
    expect(rejection.reason).toBe('check-digit');
    expect(rejection.message).toBe(
      '统一社会信用代码“91350100M000100Y44”校验未通过，可能有字符输错或前后颠倒，请对照营业执照或登记证书逐位核对',
    );
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
  });

  it('rejects a typo in the body even though the check character is unchanged', () => {
    expect(rejectionOf('91350100M000101Y43').reason).toBe('check-digit');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])(
    'rejects the excluded letter %s as a format error',
    (letter) => {
      const rejection = rejectionOf(`91350100M${letter}00100Y43`);
      expect(rejection.reason).toBe('format');
      expect(rejection.message).toContain(`第 10 位“${letter}”不是允许的字符`);
      expect(rejection.message).toContain('不含 I、O、Z、S、V');
    },
  );

  it('suggests the digit that an excluded letter was probably meant to be', () => {
    expect(rejectionOf('91350100MO00100Y43').message).toBe(
      '统一社会信用代码第 10 位“O”不是允许的字符，是否应为数字“0”；只能使用数字 0–9 和大写字母（不含 I、O、Z、S、V）',
    );
  });

  it('rejects lower-case letters and says they must be upper case', () => {
    const rejection = rejectionOf(SAMPLE.toLowerCase());
    expect(rejection.reason).toBe('format');
    expect(rejection.message).toBe('统一社会信用代码中的字母须为大写：第 9 位“m”应写作“M”');
  });

  it('treats a lower-case excluded letter as not allowed rather than as a case error', () => {
    expect(rejectionOf('91350100Mo00100Y43').message).toContain('第 10 位“o”不是允许的字符');
  });

  it.each([
    ['the empty string', ''],
    ['seventeen characters', SAMPLE.slice(0, 17)],
    ['nineteen characters', `${SAMPLE}0`],
    ['a trailing space', `${SAMPLE} `],
    ['a leading space', ` ${SAMPLE}`],
    ['a space inside', '91350100 M000100Y43'],
  ])('rejects %s as a format error', (_name, input) => {
    expect(rejectionOf(input).reason).toBe('format');
  });

  it('tells the user how many characters were received', () => {
    expect(rejectionOf(`${SAMPLE} `).message).toBe(
      '统一社会信用代码应为 18 位（不含空格或其他字符），收到“91350100M000100Y43 ”，共 19 位',
    );
  });

  it.each([
    ['full-width digits', '９１350100M000100Y43'],
    ['a hyphen', '91350100-000100Y43'],
    ['a Chinese character', '91350100M000100Y4号'],
  ])('rejects %s as a format error', (_name, input) => {
    expect(rejectionOf(input).reason).toBe('format');
  });

  it('rejects a letter where the division code must have six digits', () => {
    const code = creditCode('9135A100M000100Y4');
    const rejection = rejectionOf(code);
    expect(rejection.reason).toBe('format');
    expect(rejection.message).toBe(
      '统一社会信用代码第 3–8 位是登记管理机关的行政区划代码，应为 6 位数字，收到“35A100”',
    );
  });

  it('rejects a value that is not a string at run time', () => {
    expect(rejectionOf(91350100 as unknown as string)).toMatchObject({
      reason: 'format',
      message: '统一社会信用代码应为 18 位（不含空格或其他字符），收到的不是文本',
    });
  });
});
