import { residentIdCheckCharacter } from './resident-id-check';
import { isValidResidentId, validateResidentId } from './validate-resident-id';

// 2025-06-30 in China; dates are compared as China calendar dates.
const TODAY = new Date('2025-06-30T12:00:00+08:00');

/** A valid identity number from its division code, birth date (YYYYMMDD) and 3-digit sequence. */
const residentId = (division: string, yyyymmdd: string, sequence = '001') => {
  const first17 = division + yyyymmdd + sequence;
  return first17 + residentIdCheckCharacter(first17);
};

function rejectionOf(input: string, today: Date = TODAY) {
  const result = validateResidentId(input, today);
  if (result.ok) {
    throw new Error(`expected "${input}" to be rejected`);
  }
  return result;
}

describe('residentIdCheckCharacter', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['11010519900101001', '0'],
    ['11010519900101006', '1'],
    ['11010519900101008', '8'],
  ])('computes the check character of %s as %s', (first17, check) => {
    expect(residentIdCheckCharacter(first17)).toBe(check);
  });

  it.each([
    ['sixteen digits', '1101051949123100'],
    ['eighteen digits', '110105194912310021'],
    ['a letter', '1101051949123100X'],
  ])('refuses a body of %s', (_name, first17) => {
    expect(() => residentIdCheckCharacter(first17)).toThrow(RangeError);
  });
});

describe('validateResidentId', () => {
  it('accepts the GB 11643-1999 example and reads what it encodes', () => {
    expect(validateResidentId('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: '11010519491231002X',
      divisionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  it.each([
    ['110101199003074477', 'male'],
    ['110101199003078670', 'male'],
    ['11010519491231002X', 'female'],
    [residentId('330102', '20000101', '124'), 'female'],
    [residentId('330102', '20000101', '135'), 'male'],
  ])('reads the sex of %s from the parity of the 17th digit: %s', (id, sex) => {
    expect(validateResidentId(id, TODAY)).toMatchObject({ ok: true, sex });
  });

  it('rejects a wrong check character without repeating the number in the message', () => {
    const rejection = rejectionOf('110105194912310021');
    expect(rejection).toEqual({
      ok: false,
      reason: 'check-digit',
      message: '公民身份号码校验未通过，可能有数字输错或前后颠倒，请对照居民身份证逐位核对',
    });
  });

  it('rejects two swapped digits', () => {
    expect(rejectionOf('11010519491231200X').reason).toBe('check-digit');
  });

  it('rejects a lower-case x and says it must be upper case', () => {
    expect(rejectionOf('11010519491231002x')).toMatchObject({
      reason: 'format',
      message: '公民身份号码最后一位的字母 X 须为大写',
    });
  });

  it.each([
    ['the empty string', ''],
    ['seventeen digits', '11010519491231002'],
    ['nineteen characters', '11010519491231002X0'],
    ['a trailing space', '11010519491231002X '],
    ['spaces between groups', '110105 19491231 002X'],
  ])('rejects %s as a format error', (_name, input) => {
    expect(rejectionOf(input).reason).toBe('format');
  });

  it('tells the user how many characters were received', () => {
    expect(rejectionOf('11010519491231002X ').message).toBe(
      '公民身份号码应为 18 位（不含空格或其他字符），收到 19 位',
    );
  });

  it('asks for the 18-digit number when given an old 15-digit one', () => {
    expect(rejectionOf('110105491231002')).toMatchObject({
      reason: 'format',
      message: '这是 15 位的旧式身份证号码，请填写 18 位的公民身份号码（见第二代居民身份证）',
    });
  });

  it.each([
    ['an X before the last position', '1101051949123100X2', 17],
    ['a letter in the birth date', '1101051949I231002X', 11],
    ['full-width digits', '１１0105194912310025', 1],
  ])('rejects %s and names the position', (_name, input, position) => {
    const rejection = rejectionOf(input);
    expect(rejection.reason).toBe('format');
    expect(rejection.message).toBe(
      `公民身份号码第 ${position} 位有误：前 17 位只能是数字，最后一位是数字或大写字母 X`,
    );
  });

  it('rejects a letter other than X in the last position', () => {
    expect(rejectionOf('11010519491231002Y').message).toContain('第 18 位有误');
  });

  it.each([
    ['February 30', '20230230'],
    ['February 29 of a common year', '20230229'],
    ['February 29 of 1900, not a leap year', '19000229'],
    ['month 13', '20231301'],
    ['month 00', '20230001'],
    ['day 00', '20230100'],
    ['April 31', '20230431'],
  ])('rejects %s as a birth date that does not exist', (_name, date) => {
    expect(rejectionOf(residentId('330102', date))).toEqual({
      ok: false,
      reason: 'birth-date',
      message: `公民身份号码的出生日期（第 7–14 位）“${date}”不是日历上存在的日期，请核对月和日`,
    });
  });

  it.each([
    ['February 29 of a leap year', '20240229'],
    ['February 29 of 2000, a leap year by the 400-year rule', '20000229'],
    ['January 1 1900, the earliest allowed', '19000101'],
    ['December 31', '19991231'],
  ])('accepts %s', (_name, date) => {
    expect(isValidResidentId(residentId('330102', date), TODAY)).toBe(true);
  });

  it('rejects the GB 11643-1999 example born in 1880, as birth years start at 1900', () => {
    expect(rejectionOf('440524188001010014')).toMatchObject({
      reason: 'birth-date',
      message: '公民身份号码的出生日期（第 7–14 位）“18800101”早于 1900 年，请核对年份',
    });
  });

  it('rejects a birth date after today', () => {
    expect(rejectionOf(residentId('330102', '20250701'))).toMatchObject({
      reason: 'birth-date',
      message: '公民身份号码的出生日期（第 7–14 位）“20250701”晚于今天，请核对年份',
    });
    expect(rejectionOf(residentId('330102', '20991231')).reason).toBe('birth-date');
  });

  it('accepts someone born today', () => {
    expect(isValidResidentId(residentId('330102', '20250630'), TODAY)).toBe(true);
  });

  it('takes today as the calendar date in China, whatever the server’s time zone', () => {
    const bornJune1 = residentId('330102', '20250601');
    expect(isValidResidentId(bornJune1, new Date('2025-05-31T16:00:00Z'))).toBe(true);
    expect(isValidResidentId(bornJune1, new Date('2025-05-31T15:59:59Z'))).toBe(false);
  });

  it('defaults today to the current date', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId(residentId('330102', '29991231'))).toBe(false);
  });

  it('throws when today is not a valid date, which is a programming error', () => {
    expect(() => validateResidentId('11010519491231002X', new Date(Number.NaN))).toThrow(
      RangeError,
    );
  });

  it('checks the birth date before the check character', () => {
    expect(rejectionOf('110105202302300011').reason).toBe('birth-date');
  });

  it('rejects a value that is not a string at run time', () => {
    expect(rejectionOf(11010519491231 as unknown as string)).toMatchObject({
      reason: 'format',
      message: '公民身份号码应为 18 位（不含空格或其他字符），收到的不是文本',
    });
  });
});
