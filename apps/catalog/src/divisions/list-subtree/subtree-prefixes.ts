import { type EntityManager } from '@mikro-orm/postgresql';

/** The digits a division's subtree shares, by its level (PP CC DD TTT VVV). */
const SUBTREE_PREFIX_LENGTH = `case s.level when 'province' then 2 when 'city' then 4
  when 'county' then 6 when 'township' then 9 else 12 end`;

/**
 * The code prefixes of a division's subtree and, transitively, of the successors of every division
 * abolished inside it (on or before `asOf`, when given); prefixes inside another are dropped.
 * `union` in the recursive query stops at prefixes already reached, so a loop of successors ends.
 */
export async function subtreePrefixesFollowingSuccessors(
  em: EntityManager,
  code: string,
  asOf: string | undefined,
): Promise<string[]> {
  const rows = await em.getConnection().execute<{ prefix: string }[]>(
    `with recursive reach(prefix) as (
         select left(s.code, ${SUBTREE_PREFIX_LENGTH}) from catalog.division s where s.code = ?
       union
         select left(s.code, ${SUBTREE_PREFIX_LENGTH})
           from reach r
           join catalog.division a
             on a.code between rpad(r.prefix, 12, '0') and rpad(r.prefix, 12, '9')
            and cardinality(a.successor_codes) > 0
            ${asOf === undefined ? '' : 'and a.valid_to <= ?::date'}
           cross join lateral unnest(a.successor_codes) as successor(code)
           join catalog.division s on s.code = successor.code
     )
     select prefix from reach order by length(prefix), prefix`,
    asOf === undefined ? [code] : [code, asOf],
  );
  const prefixes: string[] = [];
  for (const { prefix } of rows) {
    if (!prefixes.some((outer) => prefix.startsWith(outer))) prefixes.push(prefix);
  }
  return prefixes;
}
