import { sqlTextArray } from './sql-array';

describe('a PostgreSQL text array literal', () => {
  it('quotes every element', () => {
    expect(sqlTextArray(['营业', 'a b', ''])).toBe('{"营业","a b",""}');
  });

  it('escapes quotes and backslashes', () => {
    expect(sqlTextArray(['say "hi"', 'C:\\'])).toBe('{"say \\"hi\\"","C:\\\\"}');
  });

  it('is the empty array for no values', () => {
    expect(sqlTextArray([])).toBe('{}');
  });
});
