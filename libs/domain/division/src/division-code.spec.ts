import { DIVISION_LEVELS } from './division-level';
import { parseDivisionCode } from './division-code';

const zhejiang = parseDivisionCode('330000000000');
const hangzhou = parseDivisionCode('330100000000');
const shangcheng = parseDivisionCode('330102000000');
const township = parseDivisionCode('330102001000');
const village = parseDivisionCode('330102001001');
const gongshu = parseDivisionCode('330105000000');
const ningbo = parseDivisionCode('330200000000');
const beijing = parseDivisionCode('110000000000');
const chain = [zhejiang, hangzhou, shangcheng, township, village];

describe('DIVISION_LEVELS', () => {
  it('lists the levels from province down to village', () => {
    expect(DIVISION_LEVELS).toEqual(['province', 'city', 'county', 'township', 'village']);
  });
});

describe('DivisionCode', () => {
  it('renders as its twelve digits in strings and JSON', () => {
    expect(village.toString()).toBe('330102001001');
    expect(String(shangcheng)).toBe('330102000000');
    expect(JSON.stringify({ division: village })).toBe('{"division":"330102001001"}');
  });

  it('cannot be changed once parsed', () => {
    expect(Object.isFrozen(village)).toBe(true);
    expect(Reflect.set(village, 'value', '110000000000')).toBe(false);
    expect(village.value).toBe('330102001001');
  });

  it('equals another code with the same digits, however it was written', () => {
    expect(parseDivisionCode('330102').equals(shangcheng)).toBe(true);
    expect(shangcheng.equals(gongshu)).toBe(false);
  });

  it.each([
    [zhejiang, '33'],
    [hangzhou, '3301'],
    [shangcheng, '330102'],
    [township, '330102001'],
    [village, '330102001001'],
  ])('gives %s the subtree prefix %s', (code, prefix) => {
    expect(code.subtreePrefix).toBe(prefix);
  });

  it('walks up one level at a time to the province, whose parent is null', () => {
    expect(village.parent()?.value).toBe('330102001000');
    expect(township.parent()?.value).toBe('330102000000');
    expect(shangcheng.parent()?.value).toBe('330100000000');
    expect(hangzhou.parent()?.value).toBe('330000000000');
    expect(zhejiang.parent()).toBeNull();
  });

  it('lists its ancestors province first, without itself', () => {
    expect(village.ancestors().map(String)).toEqual([
      '330000000000',
      '330100000000',
      '330102000000',
      '330102001000',
    ]);
    expect(hangzhou.ancestors().map((code) => code.level)).toEqual(['province']);
    expect(zhejiang.ancestors()).toEqual([]);
  });

  it('contains itself and everything below it', () => {
    for (const [index, upper] of chain.entries()) {
      for (const lower of chain.slice(index)) {
        expect(upper.contains(lower)).toBe(true);
        expect(lower.isWithin(upper)).toBe(true);
      }
    }
  });

  it('does not contain anything above it', () => {
    expect(village.contains(township)).toBe(false);
    expect(hangzhou.contains(zhejiang)).toBe(false);
    expect(zhejiang.isWithin(hangzhou)).toBe(false);
  });

  it('does not contain a sibling or its subtree', () => {
    expect(shangcheng.contains(gongshu)).toBe(false);
    expect(hangzhou.contains(parseDivisionCode('330203'))).toBe(false);
    expect(ningbo.contains(village)).toBe(false);
    expect(beijing.contains(village)).toBe(false);
    expect(village.isWithin(gongshu)).toBe(false);
  });

  it('does not mistake a township sharing leading digits for a child', () => {
    expect(township.contains(parseDivisionCode('330102010001'))).toBe(false);
  });

  it('writes its five groups as subject tokens', () => {
    expect(village.subjectTokens()).toBe('33.01.02.001.001');
    expect(zhejiang.subjectTokens()).toBe('33.00.00.000.000');
  });

  it.each([
    [zhejiang, '33.>'],
    [hangzhou, '33.01.>'],
    [shangcheng, '33.01.02.>'],
    [township, '33.01.02.001.>'],
    [village, '33.01.02.001.001'],
  ])('subscribes to the subtree of %s with %s', (code, wildcard) => {
    expect(code.subtreeSubjectWildcard()).toBe(wildcard);
  });
});
