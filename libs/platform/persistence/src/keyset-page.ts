import { DEFAULT_PAGE_SIZE, GovError, type Page, type PageRequest } from '@gov/contracts';

/** The key a page continues after: the sort key of the last item of the previous page. */
export type PageKey = readonly (string | number)[];

/** The opaque cursor of a key (base64url of its JSON). */
export function encodeCursor(key: PageKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key of a cursor made by `encodeCursor` with `arity` parts; PLATFORM.CURSOR_INVALID otherwise. */
export function decodeCursor(cursor: string, arity: number): PageKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const valid =
    Array.isArray(key) &&
    key.length === arity &&
    key.every((part) => typeof part === 'string' || typeof part === 'number');
  if (!valid) throw new GovError('PLATFORM.CURSOR_INVALID', undefined, { cursor });
  return key as PageKey;
}

/**
 * Reads one keyset page: `fetch` receives the key to continue after (undefined on the first page)
 * and how many rows to read, one more than the page size, so a last page is known without a count.
 */
export async function readPage<Row, Item>(
  request: PageRequest,
  arity: number,
  fetch: (after: PageKey | undefined, rows: number) => Promise<Row[]>,
  keyOf: (row: Row) => PageKey,
  toItem: (row: Row) => Item,
): Promise<Page<Item>> {
  const size = request.limit ?? DEFAULT_PAGE_SIZE;
  const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor, arity);
  const rows = await fetch(after, size + 1);
  const pageRows = rows.slice(0, size);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(toItem),
    nextCursor: rows.length > size && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
