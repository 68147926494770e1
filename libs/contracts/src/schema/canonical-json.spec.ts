import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: '中' } })).toBe(
      '{"a":{"c":"中","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives equal text for equal values written in another key order', () => {
    expect(canonicalJson({ name: '市场监管局', division: '330100000000' })).toBe(
      canonicalJson({ division: '330100000000', name: '市场监管局' }),
    );
  });

  it('leaves out undefined properties as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });
});
