import { InvalidDivisionCodeError } from './invalid-division-code.error';
import { parseDivisionCode, tryParseDivisionCode } from './division-code';

// Province-level codes of GB/T 2260, written out independently of the implementation.
const PROVINCES = [
  ...['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64'],
  ...['65', '71', '81', '82'],
];

function rejectionOf(input: string) {
  const result = tryParseDivisionCode(input);
  if (result.ok) {
    throw new Error(`expected "${input}" to be rejected, got ${result.code.value}`);
  }
  return result;
}

describe('parseDivisionCode', () => {
  it('accepts a twelve-digit statistical code as it is', () => {
    expect(parseDivisionCode('330102001001').value).toBe('330102001001');
  });

  it('pads a six-digit GB/T 2260 code to twelve digits', () => {
    expect(parseDivisionCode('330102').value).toBe('330102000000');
    expect(parseDivisionCode('330000').value).toBe('330000000000');
  });

  it.each([
    ['浙江省', '330000000000', 'province'],
    ['杭州市', '330100000000', 'city'],
    ['上城区', '330102000000', 'county'],
    ['a township of 上城区', '330102001000', 'township'],
    ['a community of that township', '330102001001', 'village'],
    ['北京市东城区', '110101', 'county'],
    ['a county-level city directly under 湖北省 (仙桃市)', '429004', 'county'],
  ])('reads the level of %s (%s) from its last non-zero group', (_name, input, level) => {
    expect(parseDivisionCode(input).level).toBe(level);
  });

  it.each(PROVINCES)('accepts the GB/T 2260 province-level code %s', (province) => {
    expect(parseDivisionCode(`${province}0000`).level).toBe('province');
  });

  it('rejects every other pair of leading digits as not a province', () => {
    const others = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0')).filter(
      (digits) => !PROVINCES.includes(digits),
    );
    expect(others).toHaveLength(100 - 34);
    for (const digits of others) {
      expect(rejectionOf(`${digits}0102001001`).reason).toBe('province');
      expect(rejectionOf(`${digits}0000`).reason).toBe('province');
    }
  });

  it.each([
    ['leading whitespace', ' 330102'],
    ['trailing whitespace', '330102001001 '],
    ['a trailing newline', '330102\n'],
    ['a space between groups', '330102 001001'],
    ['hyphens between groups', '33-01-02'],
    ['the empty string', ''],
    ['four digits', '3301'],
    ['seven digits', '3301020'],
    ['eleven digits', '33010200100'],
    ['thirteen digits', '3301020010010'],
    ['full-width digits', '３３０１０２'],
    ['a letter among digits', '33010a'],
    ['a sign', '+33010'],
    ['scientific notation', '3.3e11'],
  ])('rejects %s as a format error', (_name, input) => {
    expect(rejectionOf(input).reason).toBe('format');
  });

  it.each([
    ['a township under a zero city and county', '330000001000'],
    ['a county under a zero city', '330002000000'],
    ['a six-digit county under a zero city', '330002'],
    ['a village under a zero township', '330102000001'],
    ['a village under a zero county', '330100000001'],
  ])('rejects %s as a gap in the hierarchy', (_name, input) => {
    expect(rejectionOf(input).reason).toBe('gap');
  });

  it('throws InvalidDivisionCodeError carrying the reason', () => {
    expect(() => parseDivisionCode('330000001000')).toThrow(InvalidDivisionCodeError);
    try {
      parseDivisionCode('330000001000');
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({ name: 'InvalidDivisionCodeError', reason: 'gap' });
    }
  });
});

describe('tryParseDivisionCode', () => {
  it('returns the code without throwing when it is valid', () => {
    const result = tryParseDivisionCode('330102');
    expect(result.ok && result.code.value).toBe('330102000000');
  });

  it('tells the user how long a code must be', () => {
    expect(rejectionOf('3301 02').message).toBe(
      '行政区划代码应为 6 位或 12 位数字（不含空格或其他字符），收到“3301 02”',
    );
  });

  it('shortens a very long input in the message', () => {
    const { message } = rejectionOf('1'.repeat(100));
    expect(message).toContain(`收到“${'1'.repeat(24)}…”`);
    expect(message.length).toBeLessThan(80);
  });

  it('names the province digits that are not a real province', () => {
    expect(rejectionOf('990000').message).toBe(
      '行政区划代码“990000”的前 2 位“99”不是有效的省级代码，请按 GB/T 2260 填写（如 11 北京市、33 浙江省）',
    );
  });

  it('names the zero group and the non-zero group below it', () => {
    expect(rejectionOf('330000001000').message).toBe(
      '行政区划代码“330000001000”层级不连续：市级代码（第 3–4 位）“00”全为 0，' +
        '其下的乡级代码（第 7–9 位）“001”却不为 0；上级代码为 0 时，下级代码必须全为 0',
    );
  });

  it('rejects a value that is not a string at run time', () => {
    expect(rejectionOf(330102 as unknown as string).reason).toBe('format');
  });
});
