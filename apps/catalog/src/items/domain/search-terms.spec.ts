import fc from 'fast-check';
import { documentTerms, queryTerms } from './search-terms';

describe('search terms of Chinese text', () => {
  it('indexes Han text as its characters and overlapping pairs', () => {
    expect(documentTerms('营业执照')).toEqual(['营', '营业', '业', '业执', '执', '执照', '照']);
  });

  it('searches a two-character term as itself and a longer one as its pairs', () => {
    expect(queryTerms('执照')).toEqual(['执照']);
    expect(queryTerms('营业执照')).toEqual(['营业', '业执', '执照']);
    expect(queryTerms('证')).toEqual(['证']);
  });

  it('keeps Latin words and digits whole, lower-cased, and full-width forms normalised', () => {
    expect(documentTerms('ICP 备案 2025')).toEqual(['icp', '备', '备案', '案', '2025']);
    expect(queryTerms('ＩＣＰ')).toEqual(['icp']);
  });

  it('finds nothing to search in punctuation alone', () => {
    expect(queryTerms('，。！')).toEqual([]);
  });

  it('matches every Han substring of a document (no false negatives)', () => {
    const han = fc
      .array(fc.constantFrom(...'营业执照食品经营许可证办理'), { minLength: 1, maxLength: 12 })
      .map((characters) => characters.join(''));
    fc.assert(
      fc.property(han, fc.nat(), fc.nat(), (text, start, length) => {
        const from = start % text.length;
        const query = text.slice(from, from + 1 + (length % (text.length - from)));
        const terms = new Set(documentTerms(text));
        expect(queryTerms(query).every((term) => terms.has(term))).toBe(true);
      }),
    );
  });
});
