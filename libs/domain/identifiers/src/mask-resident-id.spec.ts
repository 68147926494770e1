import fc from 'fast-check';
import { maskResidentId } from './mask-resident-id';
import { residentIdCheckCharacter } from './resident-id-check';

describe('maskResidentId', () => {
  it('keeps the first 6 and last 4 characters and masks the 8 between', () => {
    expect(maskResidentId('33010219900101123X')).toBe('330102********123X');
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
  });

  it('masks a value of any other length entirely, keeping its length', () => {
    expect(maskResidentId('110105491231002')).toBe('*'.repeat(15));
    expect(maskResidentId('11010519491231002X ')).toBe('*'.repeat(19));
    expect(maskResidentId('')).toBe('');
  });

  it('keeps the length, the first 6 and the last 4 of any 18-digit number', () => {
    const id = fc
      .array(fc.constantFrom(...'0123456789'), { minLength: 17, maxLength: 17 })
      .map((chars) => chars.join(''))
      .map((first17) => first17 + residentIdCheckCharacter(first17));
    fc.assert(
      fc.property(fc.oneof(id, fc.string({ minLength: 18, maxLength: 18 })), (value) => {
        const masked = maskResidentId(value);
        expect(masked).toHaveLength(value.length);
        expect(masked.slice(0, 6)).toBe(value.slice(0, 6));
        expect(masked.slice(-4)).toBe(value.slice(-4));
        expect(masked.slice(6, -4)).toBe('********');
      }),
    );
  });

  it('never shows anything of a value that is not 18 characters long', () => {
    fc.assert(
      fc.property(
        fc.string().filter((value) => value.length !== 18),
        (value) => {
          expect(maskResidentId(value)).toBe('*'.repeat(value.length));
        },
      ),
    );
  });
});
