import { parseDivisionCode } from '@gov/division';
import { type EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { readSeed } from '../../seed/read-seed';
import { centreKindOf } from '../centre.entity';
import { type CentreSeed, centreSeedProblems } from './centre-seed';

/**
 * Inserts the sample centres (deploy/seed/centres.json) with their windows. A centre whose division
 * already has one is left alone, windows included, so a restart or a second instance adds nothing
 * and a centre administrator's changes stay. Seeding is the initial state: it announces no events.
 */
export async function seedCentres(
  em: EntityManager,
): Promise<{ centres: number; windows: number }> {
  const seed = readSeed<CentreSeed>('centres.json');
  await assertSeedValid(em, seed);
  let centres = 0;
  let windows = 0;
  for (const centre of seed.centres) {
    const kind = centreKindOf(parseDivisionCode(centre.division).level);
    await em.transactional(async (tx) => {
      const id = uuidv7();
      const inserted = await tx.execute<{ id: string }[]>(
        `insert into catalog.centre
           (id, division, kind, name, address, phone, opening_hours, resident_departments, version)
         values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, 1)
         on conflict (division) do nothing returning id`,
        [
          id,
          centre.division,
          kind,
          centre.name,
          centre.address,
          centre.phone,
          centre.openingHours,
          JSON.stringify(centre.residentDepartments),
        ],
      );
      if (inserted.length === 0) return;
      centres += 1;
      for (const window of centre.windows ?? []) {
        await tx.execute(
          `insert into catalog.centre_window
             (id, centre_id, division, number, name, kind, departments, version)
           values (?, ?, ?, ?, ?, ?, ?::jsonb, 1)`,
          [
            uuidv7(),
            id,
            centre.division,
            window.number,
            window.name,
            window.kind,
            JSON.stringify(window.departments),
          ],
        );
        windows += 1;
      }
    });
  }
  return { centres, windows };
}

/** A seed breaking the catalogue's own rules stops the start with what is wrong. */
async function assertSeedValid(em: EntityManager, seed: CentreSeed): Promise<void> {
  const divisions = await em.execute<{ code: string }[]>('select code from catalog.division');
  const departments = await em.execute<{ credit_code: string; division: string }[]>(
    'select credit_code, division from catalog.department',
  );
  const problems = centreSeedProblems(
    seed,
    new Set(divisions.map((row) => row.code)),
    new Map(departments.map((row) => [row.credit_code, row.division])),
  );
  if (problems.length > 0) {
    throw new Error(
      `deploy/seed/centres.json breaks the catalogue's rules:\n${problems.join('\n')}`,
    );
  }
}
