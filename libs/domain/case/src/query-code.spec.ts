import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import {
  constantTimeEqual,
  generateQueryCode,
  normalizeQueryCode,
  QUERY_CODE_ALPHABET,
  queryCodeMatches,
} from './query-code';

/** A random source that replays the given bytes, then repeats the last one. */
function replaying(bytes: readonly number[]) {
  let next = 0;
  return (size: number) =>
    Uint8Array.from({ length: size }, () => bytes[Math.min(next++, bytes.length - 1)] ?? 0);
}

describe('query codes', () => {
  it('draws 8 characters from an alphabet without 0, O, 1, I or L', () => {
    expect(QUERY_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(generateQueryCode(randomBytes)).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
  });

  it('never contains an ambiguous character, whatever the random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 64 }), (bytes) => {
        const code = generateQueryCode(replaying([...bytes, 0]));
        return code.length === 8 && !/[01OIL]/.test(code) && normalizeQueryCode(code) === code;
      }),
    );
  });

  it('draws bytes again rather than favour the first characters of the alphabet', () => {
    // 248 and above would map 248 % 31 = 0 onto "2" once more: they are skipped.
    const code = generateQueryCode(replaying([255, 248, 0, 1, 2, 3, 4, 5, 6, 30]));
    expect(code).toBe('2345678Z');
  });

  it('gives up on a random source that never yields a usable byte', () => {
    expect(() => generateQueryCode((size) => new Uint8Array(size).fill(255))).toThrow();
  });

  it('matches a code typed in lower case, full width or with spaces', () => {
    expect(queryCodeMatches('K7M2XQ9P', 'k7m2 xq9p')).toBe(true);
    expect(queryCodeMatches('K7M2XQ9P', 'Ｋ７Ｍ２-ＸＱ９Ｐ')).toBe(true);
    expect(queryCodeMatches('K7M2XQ9P', 'K7M2XQ9Q')).toBe(false);
    expect(queryCodeMatches('K7M2XQ9P', 'K7M2XQ9')).toBe(false);
    expect(normalizeQueryCode('K7M2XQ0P')).toBeNull();
  });

  it('compares strings of any length without throwing', () => {
    expect(constantTimeEqual('ABC', 'ABC')).toBe(true);
    expect(constantTimeEqual('ABC', 'AB')).toBe(false);
    expect(constantTimeEqual('AB', 'ABC')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });
});
