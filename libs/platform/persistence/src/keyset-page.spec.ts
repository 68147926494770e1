import { decodeCursor, encodeCursor, readPage } from './keyset-page';

describe('keyset pages', () => {
  const rows = Array.from({ length: 7 }, (_, index) => ({ id: index + 1 }));
  /** Rows after the key, as a keyset query would read them. */
  const fetchAfter = (after: readonly (string | number)[] | undefined, limit: number) =>
    Promise.resolve(rows.filter((row) => row.id > Number(after?.[0] ?? 0)).slice(0, limit));
  const page = (request: { cursor?: string; limit?: number }) =>
    readPage(
      request,
      1,
      fetchAfter,
      (row) => [row.id],
      (row) => row.id,
    );

  it('walks every row once and in order, ending with a null cursor', async () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const next = await page({ limit: 3, ...(cursor === undefined ? {} : { cursor }) });
      seen.push(...next.items);
      cursor = next.nextCursor ?? undefined;
      pages += 1;
    } while (cursor !== undefined);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pages).toBe(3);
  });

  it('gives a null cursor when the last page is exactly full', async () => {
    expect(await page({ limit: 7 })).toEqual({ items: [1, 2, 3, 4, 5, 6, 7], nextCursor: null });
  });

  it('round-trips a key through its cursor', () => {
    expect(decodeCursor(encodeCursor(['019a', 42]), 2)).toEqual(['019a', 42]);
  });

  it.each([
    ['not base64 JSON', 'bm90LWEtY3Vyc29y'],
    ['a key of another arity', encodeCursor(['a', 'b'])],
    ['a key holding an object', Buffer.from('[{"a":1}]').toString('base64url')],
  ])('refuses %s with PLATFORM.CURSOR_INVALID', (_case, cursor) => {
    expect(() => decodeCursor(cursor, 1)).toThrow(
      expect.objectContaining({ code: 'PLATFORM.CURSOR_INVALID' }) as Error,
    );
  });
});
