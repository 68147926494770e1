import { type EntityManager } from '@mikro-orm/postgresql';
import { DIVISION_COLUMNS, type DivisionRow } from '../division-rows';
import { type DivisionListRow } from '../division-list/parse-division-list';
import {
  type CatalogueDivision,
  catalogueNeededFor,
  type SuccessorMapping,
} from '../division-list/plan-division-import';

/** The divisions of the catalogue a list can touch, by code (see `catalogueNeededFor`). */
export async function loadCatalogueFor(
  em: EntityManager,
  rows: readonly DivisionListRow[],
  successors: readonly SuccessorMapping[],
): Promise<Map<string, CatalogueDivision>> {
  const needed = catalogueNeededFor(rows, successors);
  const found = await em.getConnection().execute<DivisionRow[]>(
    `select ${DIVISION_COLUMNS} from catalog.division d
      where d.code between ? and ?
         or d.code in (select jsonb_array_elements_text(?::jsonb))`,
    [
      // An empty range when the rows share no division (they never do once in one scope).
      needed.subtreePrefix?.padEnd(12, '0') ?? '1',
      needed.subtreePrefix?.padEnd(12, '9') ?? '0',
      JSON.stringify(needed.codes),
    ],
  );
  return new Map(
    found.map((row) => [
      row.code,
      {
        code: row.code,
        name: row.name,
        level: row.level,
        parentCode: row.parent_code,
        validFrom: row.valid_from,
        validTo: row.valid_to,
        successorCodes: JSON.parse(row.successor_codes) as string[],
      },
    ]),
  );
}
