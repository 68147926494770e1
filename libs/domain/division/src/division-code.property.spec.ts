import fc from 'fast-check';
import { DIVISION_LEVELS } from './division-level';
import { parseDivisionCode, type DivisionCode } from './division-code';
import { PROVINCE_CODES } from './province-codes';

const GROUP_LENGTHS = [2, 2, 2, 3, 3];

/** A code before truncation: five non-zero groups, and the depth (0 = province) it stops at. */
interface RawCode {
  readonly groups: readonly string[];
  readonly depth: number;
}

// Mostly tiny group values, so that independently generated codes often share prefixes.
const nonZeroGroup = (length: number) =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 10 ** length - 1 }) },
    )
    .map((value) => String(value).padStart(length, '0'));
const province = fc.oneof(fc.constantFrom('33', '11'), fc.constantFrom(...PROVINCE_CODES));
const rawCode = (minDepth = 0, maxDepth = 4): fc.Arbitrary<RawCode> =>
  fc.record({
    groups: fc.tuple(province, ...GROUP_LENGTHS.slice(1).map(nonZeroGroup)),
    depth: fc.integer({ min: minDepth, max: maxDepth }),
  });

const digitsOf = ({ groups, depth }: RawCode) =>
  groups
    .slice(0, depth + 1)
    .join('')
    .padEnd(12, '0');
const codeOf = (raw: RawCode) => parseDivisionCode(digitsOf(raw));
const anyCode = rawCode().map(codeOf);

/** Two codes that share their first 0–5 groups before each is cut to its own level. */
const relatedPair = fc
  .record({ a: rawCode(), b: rawCode(), shared: fc.integer({ min: 0, max: 5 }) })
  .map(({ a, b, shared }): [DivisionCode, DivisionCode] => [
    codeOf(a),
    codeOf({ ...b, groups: [...a.groups.slice(0, shared), ...b.groups.slice(shared)] }),
  ]);

/** NATS subject matching: tokens split on '.', '*' is one token, a final '>' one or more. */
function subjectMatches(filter: string, subject: string): boolean {
  const filterTokens = filter.split('.');
  const subjectTokens = subject.split('.');
  for (const [index, token] of filterTokens.entries()) {
    if (token === '>') {
      return index === filterTokens.length - 1 && subjectTokens.length > index;
    }
    if (index >= subjectTokens.length || (token !== '*' && token !== subjectTokens[index])) {
      return false;
    }
  }
  return filterTokens.length === subjectTokens.length;
}

const levelIndex = (code: DivisionCode) => DIVISION_LEVELS.indexOf(code.level);

describe('the NATS subject matcher used as the oracle', () => {
  it.each([
    ['33.>', '33.01.02.001.001', true],
    ['33.>', '33', false],
    ['33.01.>', '33.02.01.001.001', false],
    ['*.01.>', '11.01.02', true],
    ['33.*', '33.01.02', false],
    ['33.01.02.001.001', '33.01.02.001.001', true],
    ['33.01.02.001.001', '33.01.02.001', false],
    ['33.>.01', '33.01.01', false],
  ])('matches %s against %s: %s', (filter, subject, expected) => {
    expect(subjectMatches(filter, subject)).toBe(expected);
  });
});

describe('DivisionCode properties', () => {
  it('takes its level from the last non-zero group', () => {
    fc.assert(
      fc.property(rawCode(), (raw) => {
        expect(codeOf(raw).level).toBe(DIVISION_LEVELS[raw.depth]);
      }),
    );
  });

  it('parses its own value back to an equal code', () => {
    fc.assert(
      fc.property(anyCode, (code) => {
        expect(parseDivisionCode(code.value).equals(code)).toBe(true);
        expect(parseDivisionCode(code.toString()).value).toBe(code.value);
      }),
    );
  });

  it('parses the six-digit GB/T 2260 form of a county or above to the same code', () => {
    fc.assert(
      fc.property(rawCode(0, 2).map(codeOf), (code) => {
        expect(parseDivisionCode(code.value.slice(0, 6)).equals(code)).toBe(true);
      }),
    );
  });

  it('lies inside its own subtree and inside every ancestor’s', () => {
    fc.assert(
      fc.property(anyCode, (code) => {
        expect(code.contains(code)).toBe(true);
        for (const ancestor of code.ancestors()) {
          expect(ancestor.contains(code)).toBe(true);
          expect(code.isWithin(ancestor)).toBe(true);
          expect(code.contains(ancestor)).toBe(false);
        }
      }),
    );
  });

  it('has a parent exactly one level up, which is its last ancestor', () => {
    fc.assert(
      fc.property(anyCode, (code) => {
        const parent = code.parent();
        if (code.level === 'province') {
          expect(parent).toBeNull();
          return;
        }
        expect(parent).not.toBeNull();
        expect(levelIndex(parent as DivisionCode)).toBe(levelIndex(code) - 1);
        expect(
          code
            .ancestors()
            .at(-1)
            ?.equals(parent as DivisionCode),
        ).toBe(true);
      }),
    );
  });

  it('has as many ancestors as its level index, one per level above it', () => {
    fc.assert(
      fc.property(anyCode, (code) => {
        const ancestors = code.ancestors();
        expect(ancestors).toHaveLength(levelIndex(code));
        expect(ancestors.map((ancestor) => ancestor.level)).toEqual(
          DIVISION_LEVELS.slice(0, levelIndex(code)),
        );
      }),
    );
  });

  it('is never inside a sibling’s subtree', () => {
    const withSibling = fc
      .record({ raw: rawCode(), other: rawCode(), below: fc.integer({ min: 0, max: 4 }) })
      .filter(({ raw, other }) => raw.groups[raw.depth] !== other.groups[raw.depth])
      .map(({ raw, other, below }) => {
        const siblingGroups = raw.groups.map((group, index) =>
          index < raw.depth ? group : (other.groups[index] ?? group),
        );
        const sibling = codeOf({ groups: siblingGroups, depth: raw.depth });
        const cousin = codeOf({ groups: siblingGroups, depth: Math.max(raw.depth, below) });
        return { code: codeOf(raw), sibling, cousin };
      });
    fc.assert(
      fc.property(withSibling, ({ code, sibling, cousin }) => {
        expect(sibling.level).toBe(code.level);
        expect(sibling.contains(code)).toBe(false);
        expect(code.isWithin(sibling)).toBe(false);
        expect(code.contains(cousin)).toBe(false);
      }),
    );
  });

  it('is contained both ways only by itself', () => {
    fc.assert(
      fc.property(relatedPair, ([a, b]) => {
        expect(a.contains(b) && b.contains(a)).toBe(a.equals(b));
      }),
    );
  });

  it('generates related pairs both inside and outside each other’s subtree', () => {
    const pairs = fc.sample(relatedPair, { numRuns: 1000, seed: 42 });
    const inside = pairs.filter(([a, b]) => a.contains(b) && !a.equals(b)).length;
    expect(inside).toBeGreaterThan(100);
    expect(pairs.length - inside).toBeGreaterThan(100);
  });

  it('has a subtree wildcard matching the subject tokens of exactly the codes it contains', () => {
    fc.assert(
      fc.property(relatedPair, ([a, b]) => {
        expect(subjectMatches(a.subtreeSubjectWildcard(), b.subjectTokens())).toBe(a.contains(b));
        expect(subjectMatches(b.subtreeSubjectWildcard(), a.subjectTokens())).toBe(b.contains(a));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes subject tokens as its five groups in order', () => {
    fc.assert(
      fc.property(anyCode, (code) => {
        const tokens = code.subjectTokens().split('.');
        expect(tokens.map((token) => token.length)).toEqual(GROUP_LENGTHS);
        expect(tokens.join('')).toBe(code.value);
      }),
    );
  });
});
