import { parseLocalDate, type LocalDate } from '@gov/calendar';
import fc from 'fast-check';
import { refusal } from '../test/case-builders';
import {
  CASE_NUMBER_MAX_SEQUENCE,
  formatCaseNumber,
  parseCaseNumber,
  tryParseCaseNumber,
} from './case-number';

const d = parseLocalDate;

describe('case numbers', () => {
  it.each([
    ['330102000000', '330102-20261126-00000123'],
    ['330102001000', '330102001-20261126-00000123'],
    ['330102001001', '330102001001-20261126-00000123'],
    ['330100000000', '3301-20261126-00000123'],
    ['330000000000', '33-20261126-00000123'],
  ])('embeds the division %s cut to its level', (division, expected) => {
    expect(formatCaseNumber(division, d('2026-11-26'), 123)).toBe(expected);
  });

  it('sorts a centre’s numbers by day, then by order of arrival', () => {
    const numbers = [
      formatCaseNumber('330102000000', d('2026-11-27'), 1),
      formatCaseNumber('330102000000', d('2026-11-26'), 10_000),
      formatCaseNumber('330102000000', d('2026-11-26'), 9),
    ];
    expect([...numbers].sort()).toEqual([numbers[2], numbers[1], numbers[0]]);
  });

  it('reads a number typed with full-width digits, spaces, other dashes or no hyphens', () => {
    const expected = { division: '330102001000', date: '2026-11-26', sequence: 123 };
    for (const typed of [
      '330102001-20261126-00000123',
      ' 330102001 － 20261126 － 00000123 ',
      '３３０１０２００１—２０２６１１２６—０００００１２３',
      '3301020012026112600000123',
    ]) {
      expect(parseCaseNumber(typed)).toEqual(expected);
    }
  });

  it.each([
    ['a 3-digit division', '330-20261126-00000123'],
    ['a padded county code', '330102000-20261126-00000123'],
    ['an unknown province', '990102-20261126-00000123'],
    ['a date that does not exist', '330102-20260230-00000123'],
    ['sequence zero', '330102-20261126-00000000'],
    ['a short sequence', '330102-20261126-123'],
    ['a letter', '330102-2026112O-00000123'],
    ['an ambiguous length without hyphens', '33010220261126000001'],
  ])('refuses %s', (_, input) => {
    expect(tryParseCaseNumber(input)).toBeNull();
    expect(refusal(() => parseCaseNumber(input)).code).toBe('CASE.NUMBER_INVALID');
  });

  it('refuses to format a sequence it cannot hold or a bad division', () => {
    expect(() => formatCaseNumber('330102000000', d('2026-11-26'), 0)).toThrow(RangeError);
    expect(() =>
      formatCaseNumber('330102000000', d('2026-11-26'), CASE_NUMBER_MAX_SEQUENCE + 1),
    ).toThrow(RangeError);
    expect(() => formatCaseNumber('990102000000', d('2026-11-26'), 1)).toThrow();
  });

  it('round-trips every number through parse', () => {
    const division = fc
      .tuple(
        fc.constantFrom('11', '33', '44', '65'),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 999 }),
      )
      .map(([province, depth, city, county, town, village]) => {
        const groups = [
          province,
          String(city).padStart(2, '0'),
          String(county).padStart(2, '0'),
          String(town).padStart(3, '0'),
          String(village).padStart(3, '0'),
        ];
        return groups
          .map((group, index) => (index <= depth ? group : '0'.repeat(group.length)))
          .join('');
      });
    const date = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((instant) => instant.toISOString().slice(0, 10) as LocalDate);
    const sequence = fc.integer({ min: 1, max: CASE_NUMBER_MAX_SEQUENCE });
    fc.assert(
      fc.property(division, date, sequence, (code, day, n) => {
        const number = formatCaseNumber(code, day, n);
        const parsed = parseCaseNumber(number);
        return (
          parsed.division === code &&
          parsed.date === day &&
          parsed.sequence === n &&
          parseCaseNumber(number.replaceAll('-', '')).sequence === n
        );
      }),
    );
  });
});
