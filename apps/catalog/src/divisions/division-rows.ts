import { type Division as DivisionReply, type DivisionLevel } from '@gov/contracts';

/**
 * The columns of `catalog.division` as the raw queries of this folder select them: dates as text
 * and successors as JSON text, so no driver type parsing is involved.
 */
export const DIVISION_COLUMNS = `d.code, d.name, d.level, d.parent_code,
  d.valid_from::text as valid_from, d.valid_to::text as valid_to,
  to_jsonb(d.successor_codes)::text as successor_codes`;

export interface DivisionRow {
  readonly code: string;
  readonly name: string;
  readonly level: DivisionLevel;
  readonly parent_code: string | null;
  readonly valid_from: string | null;
  readonly valid_to: string | null;
  readonly successor_codes: string;
}

/** A selected row as the wire reply. */
export function divisionReplyOf(row: DivisionRow): DivisionReply {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    parentCode: row.parent_code,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    successorCodes: JSON.parse(row.successor_codes) as string[],
  };
}

/** The SQL condition "valid on the date bound at `?`" for the alias `d`. */
export const VALID_ON_DATE = `(d.valid_from is null or d.valid_from <= ?::date)
  and (d.valid_to is null or d.valid_to > ?::date)`;
