import { parseDivisionCode } from '@gov/division';
import { type EntityManager } from '@mikro-orm/postgresql';
import { readSeed } from '../../seed/read-seed';

interface DivisionSeed {
  readonly divisions: readonly { readonly code: string; readonly name: string }[];
}

/**
 * Inserts the sample province from the shared seed source (deploy/seed/divisions.json), parents
 * before children. Existing rows are left alone, so a restart or a second instance changes nothing.
 */
export async function seedDivisions(em: EntityManager): Promise<number> {
  const seed = readSeed<DivisionSeed>('divisions.json');
  const rows = seed.divisions
    .map(({ code, name }) => {
      const division = parseDivisionCode(code);
      return {
        code: division.value,
        name,
        level: division.level,
        depth: division.ancestors().length,
        parentCode: division.parent()?.value ?? null,
      };
    })
    .sort((a, b) => a.depth - b.depth);
  let inserted = 0;
  for (const row of rows) {
    const result = await em.getConnection().execute<{ affectedRows: number }>(
      `insert into catalog.division (code, name, level, parent_code) values (?, ?, ?, ?)
       on conflict (code) do nothing`,
      [row.code, row.name, row.level, row.parentCode],
      'run',
    );
    inserted += result.affectedRows;
  }
  return inserted;
}
