import {
  GovError,
  type ItemSummary,
  type ItemSummaryPage,
  type SearchItemsRequest,
} from '@gov/contracts';
import { tryParseDivisionCode } from '@gov/division';
import { readPage, sqlTextArray } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { queryTerms } from '../domain/search-terms';

interface SearchRow {
  code: string;
  kind: 'base' | 'implementation';
  division: string;
  name: string;
  category: string;
  handling_organ: string;
  online_depth: ItemSummary['onlineDepth'];
  promised_limit_days: number;
  version: number;
}

/**
 * An item's search terms and its division's key, as indexed by `item_search_keys_idx` (migration
 * 20261127000000): the query must spell the expression exactly so for the index to serve it.
 */
const SEARCH_KEYS = `(terms || array['@' || division::text])`;

/** The search key of a division: no document term starts with `@`. */
function divisionKey(division: string): string {
  return `@${division}`;
}

/**
 * The items in force where a citizen applies: those of the division and of every level above it
 * (a province's base items apply everywhere in it), filtered by organ, category, online
 * availability and a free-text query matched on indexed Han pairs, in code order, a page at a time.
 */
@Injectable()
export class SearchItemsUseCase {
  constructor(private readonly orm: MikroORM) {}

  execute(request: SearchItemsRequest): Promise<ItemSummaryPage> {
    const parsed = tryParseDivisionCode(request.division);
    if (!parsed.ok) {
      throw new GovError('CATALOG.DIVISION_CODE_INVALID', parsed.message, {
        division: request.division,
      });
    }
    const divisions = [...parsed.code.ancestors(), parsed.code].map((code) => code.value);
    const terms = request.q === undefined ? [] : queryTerms(request.q);
    if (request.q !== undefined && terms.length === 0) {
      throw new GovError('CATALOG.SEARCH_TERM_INVALID', undefined, { q: request.q });
    }
    // Without a term, the (division, code) index gives the items in code order; with one, one scan
    // of the search keys index finds the items that have the terms in one of the divisions.
    const matching =
      terms.length === 0
        ? { sql: 'division = any(?::varchar[])', parameters: [sqlTextArray(divisions)] }
        : {
            sql: `${SEARCH_KEYS} @> ?::text[] and ${SEARCH_KEYS} && ?::text[]`,
            parameters: [sqlTextArray(terms), sqlTextArray(divisions.map(divisionKey))],
          };
    const em = this.orm.em.fork();
    return readPage(
      request,
      1,
      (after, rows) =>
        em.execute<SearchRow[]>(
          `select code, kind, division, name, category, handling_organ, online_depth,
                  promised_limit_days, version
             from catalog.item_search
            where ${matching.sql}
              and (?::varchar is null or handling_organ = ? or ? = any(involved_organs))
              and (?::varchar is null or category = ?)
              and (not ?::boolean or online_depth in ('online-submission', 'fully-online'))
              and code collate "C" > ?
            order by code collate "C"
            limit ?`,
          [
            ...matching.parameters,
            request.department ?? null,
            request.department ?? null,
            request.department ?? null,
            request.category ?? null,
            request.category ?? null,
            request.onlineOnly ?? false,
            after?.[0] ?? '',
            rows,
          ],
        ),
      (row) => [row.code],
      (row) => ({
        code: row.code,
        kind: row.kind,
        division: row.division,
        name: row.name,
        category: row.category,
        handlingOrgan: row.handling_organ,
        onlineDepth: row.online_depth,
        promisedLimitDays: row.promised_limit_days,
        version: row.version,
      }),
    );
  }
}
