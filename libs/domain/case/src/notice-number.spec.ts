import fc from 'fast-check';
import { refusal } from '../test/case-builders';
import { formatNoticeNumber, NOTICE_KINDS, parseNoticeNumber } from './notice-number';

describe('notice numbers', () => {
  it.each([
    ['acceptance', '上城受字〔2026〕第123号'],
    ['rejection', '上城不受字〔2026〕第123号'],
    ['correction', '上城补字〔2026〕第123号'],
    ['decision', '上城决字〔2026〕第123号'],
  ] as const)('numbers a %s notice with its abbreviation', (kind, expected) => {
    expect(formatNoticeNumber(kind, '上城', 2026, 123)).toBe(expected);
    expect(parseNoticeNumber(expected)).toEqual({
      kind,
      issuer: '上城',
      year: 2026,
      sequence: 123,
    });
  });

  it('reads square brackets typed for the hexagonal ones', () => {
    expect(parseNoticeNumber('上城受字[2026]第1号')).toMatchObject({
      kind: 'acceptance',
      sequence: 1,
    });
    expect(parseNoticeNumber('上城受字【2026】第1号')).toMatchObject({ year: 2026 });
  });

  it.each([
    ['a zero-padded sequence', '上城受字〔2026〕第000123号'],
    ['an unknown abbreviation', '上城许字〔2026〕第1号'],
    ['no issuer', '受字〔2026〕第1号'],
    ['a two-digit year', '上城受字〔26〕第1号'],
  ])('refuses %s', (_, input) => {
    expect(refusal(() => parseNoticeNumber(input)).code).toBe('CASE.NOTICE_NUMBER_INVALID');
  });

  it('refuses an issuer whose name would run into the abbreviation', () => {
    expect(() => formatNoticeNumber('acceptance', '某不', 2026, 1)).toThrow(RangeError);
    expect(() => formatNoticeNumber('acceptance', '', 2026, 1)).toThrow(RangeError);
    expect(() => formatNoticeNumber('acceptance', '上城', 2026, 0)).toThrow(RangeError);
  });

  it('round-trips every number through parse', () => {
    const issuer = fc
      .array(fc.constantFrom(...'上城西湖余杭受补决不字区县市A1'), { minLength: 1, maxLength: 8 })
      .map((characters) => characters.join(''))
      .filter((name) => !name.endsWith('不') && !name.endsWith('字'));
    fc.assert(
      fc.property(
        fc.constantFrom(...NOTICE_KINDS),
        issuer,
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (kind, name, year, sequence) =>
          JSON.stringify(parseNoticeNumber(formatNoticeNumber(kind, name, year, sequence))) ===
          JSON.stringify({ kind, issuer: name, year, sequence }),
      ),
    );
  });
});
