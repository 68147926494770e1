import { type EntityManager } from '@mikro-orm/postgresql';
import { type DivisionChanges } from '../division-list/plan-division-import';

const CHUNK = 1000;

/**
 * Writes a planned import inside the caller's transaction: new divisions (parents first, valid from
 * the effective date), new names, reinstated divisions, and abolished ones (valid to the effective
 * date, with their successors). Rows travel as JSON, one statement per chunk; `progress` hears how
 * many list rows are written so far.
 */
export async function applyDivisionChanges(
  em: EntityManager,
  changes: DivisionChanges,
  effectiveDate: string,
  progress: (rowsWritten: number) => Promise<void>,
): Promise<void> {
  let written = 0;
  for (const chunk of chunks(changes.added)) {
    await em.execute(
      `insert into catalog.division (code, name, level, parent_code, valid_from)
       select x.code, x.name, x.level, x.parent_code, ?::date
         from jsonb_to_recordset(?::jsonb)
           as x(code varchar(12), name varchar(100), level varchar(10), parent_code varchar(12))`,
      [
        effectiveDate,
        JSON.stringify(
          chunk.map((division) => ({ ...division, parent_code: division.parentCode })),
        ),
      ],
      'run',
    );
    written += chunk.length;
    await progress(written);
  }
  for (const chunk of chunks(changes.renamed)) {
    await em.execute(
      `update catalog.division d set name = x.name
         from jsonb_to_recordset(?::jsonb) as x(code varchar(12), name varchar(100))
        where d.code = x.code`,
      [JSON.stringify(chunk)],
      'run',
    );
    written += chunk.length;
    await progress(written);
  }
  for (const chunk of chunks(changes.reinstated)) {
    await em.execute(
      `update catalog.division d set name = x.name, valid_to = null, successor_codes = '{}'
         from jsonb_to_recordset(?::jsonb) as x(code varchar(12), name varchar(100))
        where d.code = x.code`,
      [JSON.stringify(chunk)],
      'run',
    );
    written += chunk.length;
    await progress(written);
  }
  for (const chunk of chunks(changes.abolished)) {
    await em.execute(
      `update catalog.division d
          set valid_to = ?::date,
              successor_codes = array(select jsonb_array_elements_text(x.successor_codes))
         from jsonb_to_recordset(?::jsonb) as x(code varchar(12), successor_codes jsonb)
        where d.code = x.code`,
      [
        effectiveDate,
        JSON.stringify(
          chunk.map((division) => ({
            code: division.code,
            successor_codes: division.successorCodes,
          })),
        ),
      ],
      'run',
    );
  }
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    result.push(items.slice(start, start + CHUNK));
  }
  return result;
}
