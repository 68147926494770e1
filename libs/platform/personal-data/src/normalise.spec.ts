import fc from 'fast-check';
import { normalise } from './normalise';
import { PERSONAL_DATA_KINDS } from './personal-data-kind';

describe('normalise', () => {
  it('upper-cases the check character of a resident ID and drops spaces, full-width ones too', () => {
    expect(normalise('resident-id', '11010519491231002x')).toBe('11010519491231002X');
    expect(normalise('resident-id', ' 110105 19491231 002X ')).toBe('11010519491231002X');
    expect(normalise('resident-id', '１１０１０５１９４９１２３１００２ｘ')).toBe(
      '11010519491231002X',
    );
    expect(normalise('resident-id', '110105\u300019491231002X')).toBe('11010519491231002X');
  });

  it('brings a mainland mobile to its 11 digits whatever the country code and separators', () => {
    for (const typed of [
      '13812345678',
      '138-1234-5678',
      '138 1234 5678',
      '+86 138 1234 5678',
      '+86-138-1234-5678',
      '008613812345678',
      '8613812345678',
      '(+86) 138.1234.5678',
      '１３８１２３４５６７８',
    ]) {
      expect(normalise('phone', typed)).toBe('13812345678');
    }
  });

  it('brings a mainland landline to its domestic form with the trunk 0', () => {
    expect(normalise('phone', '0571-8765 4321')).toBe('057187654321');
    expect(normalise('phone', '+86 571 8765 4321')).toBe('057187654321');
    expect(normalise('phone', '+86 (0)571 8765 4321')).toBe('057187654321');
    expect(normalise('phone', '+86 10 6512 3456')).toBe('01065123456');
  });

  it('keeps another country’s number with + and its digits', () => {
    expect(normalise('phone', '+852 2123 4567')).toBe('+85221234567');
    expect(normalise('phone', '00852 2123 4567')).toBe('+85221234567');
  });

  it('upper-cases a credit code and drops spaces', () => {
    expect(normalise('credit-code', ' 91330106mA2aBCDE1x ')).toBe('91330106MA2ABCDE1X');
  });

  it('trims a name and collapses inner spaces, leaving its letters as typed', () => {
    expect(normalise('name', '  欧阳 明华 ')).toBe('欧阳 明华');
    expect(normalise('name', 'Zhang  San')).toBe('Zhang San');
  });

  it('is idempotent for every kind', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PERSONAL_DATA_KINDS),
        fc.oneof(fc.string(), fc.stringMatching(/^\+?(86|0086)?[ -]?1[3-9]\d{9}$/)),
        (kind, value) => {
          const once = normalise(kind, value);
          expect(normalise(kind, once)).toBe(once);
        },
      ),
    );
  });
});
