import fc from 'fast-check';
import { CREDIT_CODE_CHARSET, creditCodeCheckCharacter } from './credit-code-check';
import { isValidCreditCode, validateCreditCode } from './validate-credit-code';

const CHARSET = [...CREDIT_CODE_CHARSET];
const allowed = fc.constantFrom(...CHARSET);
const digit = fc.constantFrom(...'0123456789');
const allowedString = (length: number) =>
  fc.array(allowed, { minLength: length, maxLength: length }).map((chars) => chars.join(''));

/** Registration authority and type, a 6-digit division code, then the 9-character organisation code. */
const body = fc
  .tuple(
    allowedString(2),
    fc.array(digit, { minLength: 6, maxLength: 6 }).map((d) => d.join('')),
    allowedString(9),
  )
  .map((parts) => parts.join(''));
const validCode = body.map((first17) => first17 + creditCodeCheckCharacter(first17));

/** A valid code, a position in it and a different allowed character to put there. */
const substitution = fc
  .tuple(validCode, fc.nat({ max: 17 }), allowed)
  .filter(([code, at, replacement]) => code.charAt(at) !== replacement)
  .map(([code, at, replacement]) => ({
    code,
    at,
    mutated: code.slice(0, at) + replacement + code.slice(at + 1),
  }));

describe('credit code properties', () => {
  it('accepts any body followed by its computed check character', () => {
    fc.assert(
      fc.property(body, (first17) => {
        const code = first17 + creditCodeCheckCharacter(first17);
        expect(validateCreditCode(code)).toEqual({
          ok: true,
          value: code,
          divisionCode: first17.slice(2, 8),
        });
      }),
    );
  });

  it('accepts a body with exactly one of the 31 check characters', () => {
    fc.assert(
      fc.property(body, (first17) => {
        const accepted = CHARSET.filter((check) => isValidCreditCode(first17 + check));
        expect(accepted).toEqual([creditCodeCheckCharacter(first17)]);
      }),
      { numRuns: 50 },
    );
  });

  // Weights are powers of 3 modulo the prime 31 and characters differ by less than 31, so
  // replacing one character changes the weighted sum modulo 31, and so the check character.
  it('rejects a valid code with any single character replaced by another allowed one', () => {
    fc.assert(
      fc.property(substitution, ({ mutated }) => {
        expect(isValidCreditCode(mutated)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('computes a different check character when any one body character changes', () => {
    fc.assert(
      fc.property(
        substitution.filter(({ at }) => at < 17),
        ({ code, mutated }) => {
          expect(creditCodeCheckCharacter(mutated.slice(0, 17))).not.toBe(code.charAt(17));
        },
      ),
      { numRuns: 2000 },
    );
  });

  // Adjacent weights satisfy w(i+1) = 3·w(i) mod 31, so a swap changes the sum by −2·w(i)·(a − b).
  it('rejects a valid code with two different adjacent body characters swapped', () => {
    const swapped = fc
      .tuple(validCode, fc.nat({ max: 15 }))
      .filter(([code, at]) => code.charAt(at) !== code.charAt(at + 1))
      .map(
        ([code, at]) =>
          code.slice(0, at) + code.charAt(at + 1) + code.charAt(at) + code.slice(at + 2),
      );
    fc.assert(
      fc.property(swapped, (code) => {
        expect(isValidCreditCode(code)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects as a format error anything that is not 18 allowed characters', () => {
    const notEighteenAllowed = fc
      .oneof(
        fc.string(),
        fc.string({ minLength: 18, maxLength: 18 }),
        allowedString(17),
        allowedString(19),
        validCode.map((code) => code.toLowerCase()),
      )
      .filter((input) => !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(input));
    fc.assert(
      fc.property(notEighteenAllowed, (input) => {
        expect(validateCreditCode(input)).toMatchObject({ ok: false, reason: 'format' });
      }),
    );
  });
});
