import { type Static, type TObject, type TSchema, Type } from '@sinclair/typebox';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/**
 * The fields every list request takes: an opaque `cursor` from the previous page's `nextCursor`,
 * and `limit` (1–200, 50 by default). Pages are keyset pages: stable while records are added.
 */
export const PageRequestFields = {
  cursor: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 400,
      pattern: '^[A-Za-z0-9_-]+$',
      description: '上一页返回的 nextCursor；不传则从第一条开始',
    }),
  ),
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_PAGE_SIZE,
      description: `每页条数，默认 ${DEFAULT_PAGE_SIZE}，最多 ${MAX_PAGE_SIZE}`,
    }),
  ),
};

/** One page of a list: its items and the cursor of the next page (null on the last page). */
export function PageOf<Item extends TSchema>(item: Item, id: string) {
  return Type.Object(
    {
      items: Type.Array(item),
      nextCursor: Type.Union([Type.String(), Type.Null()], {
        description: '下一页的游标；为 null 表示已是最后一页',
      }),
    },
    { $id: id, additionalProperties: false },
  );
}

export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

export type PageRequest = Static<TObject<typeof PageRequestFields>>;
