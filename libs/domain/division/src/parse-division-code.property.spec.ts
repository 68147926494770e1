import fc from 'fast-check';
import { parseDivisionCode, tryParseDivisionCode } from './division-code';
import { isProvinceCode, PROVINCE_CODES } from './province-codes';

const SIX_OR_TWELVE_DIGITS = /^(?:[0-9]{6}|[0-9]{12})$/;
const LOWER_GROUP_LENGTHS = [2, 2, 3, 3];

const zeroOrNonZeroGroup = (length: number) =>
  fc.oneof(
    fc.constant('0'.repeat(length)),
    fc
      .integer({ min: 1, max: 10 ** length - 1 })
      .map((value) => String(value).padStart(length, '0')),
  );

/** A real province followed by city, county, township and village groups, each zero or not. */
const groupedDigits = fc.tuple(
  fc.constantFrom(...PROVINCE_CODES),
  fc.tuple(...LOWER_GROUP_LENGTHS.map(zeroOrNonZeroGroup)),
);

describe('parseDivisionCode rejection properties', () => {
  it('rejects any string that is not six or twelve digits as a format error', () => {
    const codeWithSomethingInserted = fc
      .tuple(
        fc.stringMatching(SIX_OR_TWELVE_DIGITS),
        fc.oneof(fc.constantFrom(' ', '\t', '\n', '\u3000', '-', '.'), fc.string({ minLength: 1 })),
        fc.nat(),
      )
      .map(([digits, extra, at]) => {
        const position = at % (digits.length + 1);
        return digits.slice(0, position) + extra + digits.slice(position);
      });
    const notSixOrTwelveDigits = fc
      .oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.stringMatching(/^[0-9]{0,20}$/),
        codeWithSomethingInserted,
      )
      .filter((input) => !SIX_OR_TWELVE_DIGITS.test(input));
    fc.assert(
      fc.property(notSixOrTwelveDigits, (input) => {
        expect(tryParseDivisionCode(input)).toMatchObject({ ok: false, reason: 'format' });
        expect(() => parseDivisionCode(input)).toThrow('行政区划代码应为 6 位或 12 位数字');
      }),
    );
  });

  it('rejects six or twelve digits that do not start with a GB/T 2260 province', () => {
    const notProvince = fc
      .stringMatching(SIX_OR_TWELVE_DIGITS)
      .filter((input) => !isProvinceCode(input.slice(0, 2)));
    fc.assert(
      fc.property(notProvince, (input) => {
        expect(tryParseDivisionCode(input)).toMatchObject({ ok: false, reason: 'province' });
      }),
    );
  });

  it('accepts a code exactly when no non-zero group follows an all-zero one', () => {
    fc.assert(
      fc.property(groupedDigits, ([province, lower]) => {
        const firstZero = lower.findIndex((group) => /^0+$/.test(group));
        const hasGap =
          firstZero !== -1 && lower.slice(firstZero).some((group) => !/^0+$/.test(group));
        const result = tryParseDivisionCode(province + lower.join(''));
        if (hasGap) {
          expect(result).toMatchObject({ ok: false, reason: 'gap' });
        } else {
          expect(result.ok).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
