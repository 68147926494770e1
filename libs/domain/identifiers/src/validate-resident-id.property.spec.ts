import fc from 'fast-check';
import { residentIdCheckCharacter } from './resident-id-check';
import { isValidResidentId, validateResidentId } from './validate-resident-id';

const TODAY = new Date('2025-06-30T12:00:00+08:00');
const DIGITS = [...'0123456789'];

const digits = (length: number) =>
  fc
    .array(fc.constantFrom(...DIGITS), { minLength: length, maxLength: length })
    .map((chars) => chars.join(''));
const yyyymmdd = (min: string, max: string) =>
  fc
    .date({
      min: new Date(`${min}T00:00:00Z`),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10).replaceAll('-', ''));

/** Division code, a birth date from 1900 up to TODAY, and the 3-digit sequence. */
const body = fc
  .tuple(digits(6), yyyymmdd('1900-01-01', '2025-06-30'), digits(3))
  .map((parts) => parts.join(''));
const validId = body.map((first17) => first17 + residentIdCheckCharacter(first17));

/** A valid number, a position in it and a different character allowed there (X only last). */
const substitution = fc
  .tuple(validId, fc.nat({ max: 17 }), fc.constantFrom(...DIGITS, 'X'))
  .filter(
    ([id, at, replacement]) => id.charAt(at) !== replacement && (replacement !== 'X' || at === 17),
  )
  .map(([id, at, replacement]) => ({
    id,
    at,
    mutated: id.slice(0, at) + replacement + id.slice(at + 1),
  }));

describe('resident identity number properties', () => {
  it('accepts any body with a real past birth date followed by its check character', () => {
    fc.assert(
      fc.property(body, (first17) => {
        const id = first17 + residentIdCheckCharacter(first17);
        const date = first17.slice(6, 14);
        expect(validateResidentId(id, TODAY)).toEqual({
          ok: true,
          value: id,
          divisionCode: first17.slice(0, 6),
          birthDate: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`,
          sex: Number(first17.charAt(16)) % 2 === 1 ? 'male' : 'female',
        });
      }),
    );
  });

  // Weights are 2^k modulo the prime 11 and digits differ by at most 9, so replacing one digit
  // changes the weighted sum modulo 11; the 11 check characters map one-to-one to the remainders.
  it('rejects a valid number with any single character replaced by another allowed one', () => {
    fc.assert(
      fc.property(substitution, ({ mutated }) => {
        expect(isValidResidentId(mutated, TODAY)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('computes a different check character when any one of the first 17 digits changes', () => {
    fc.assert(
      fc.property(
        substitution.filter(({ at }) => at < 17),
        ({ id, mutated }) => {
          expect(residentIdCheckCharacter(mutated.slice(0, 17))).not.toBe(id.charAt(17));
        },
      ),
      { numRuns: 2000 },
    );
  });

  // Adjacent weights satisfy w(i+1) = 6·w(i) mod 11, so a swap changes the sum by −5·w(i)·(a − b).
  it('rejects a valid number with two different adjacent digits among the first 17 swapped', () => {
    const swapped = fc
      .tuple(validId, fc.nat({ max: 15 }))
      .filter(([id, at]) => id.charAt(at) !== id.charAt(at + 1))
      .map(([id, at]) => id.slice(0, at) + id.charAt(at + 1) + id.charAt(at) + id.slice(at + 2));
    fc.assert(
      fc.property(swapped, (id) => {
        expect(isValidResidentId(id, TODAY)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects any birth date after today, whatever the check character', () => {
    const future = fc
      .tuple(digits(6), yyyymmdd('2025-07-01', '2999-12-31'), digits(3))
      .map((parts) => parts.join(''))
      .map((first17) => first17 + residentIdCheckCharacter(first17));
    fc.assert(
      fc.property(future, (id) => {
        expect(validateResidentId(id, TODAY)).toMatchObject({ ok: false, reason: 'birth-date' });
      }),
    );
  });

  it('rejects as a format error anything that is not 17 digits and a digit or X', () => {
    const malformed = fc
      .oneof(
        fc.string(),
        fc.string({ minLength: 18, maxLength: 18 }),
        digits(15),
        digits(17),
        digits(19),
        validId.map((id) => id.toLowerCase()),
      )
      .filter((input) => !/^[0-9]{17}[0-9X]$/.test(input));
    fc.assert(
      fc.property(malformed, (input) => {
        expect(validateResidentId(input, TODAY)).toMatchObject({ ok: false, reason: 'format' });
      }),
    );
  });
});
