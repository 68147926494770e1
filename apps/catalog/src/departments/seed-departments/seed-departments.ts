import { type EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { readSeed } from '../../seed/read-seed';

interface DepartmentSeed {
  readonly departments: readonly { creditCode: string; name: string; division: string }[];
}

/**
 * Inserts the sample departments from the shared seed source (deploy/seed/departments.json), the
 * same ones the realm's users belong to. Existing departments are left alone. Seeding is the
 * catalogue's initial state, so it announces no events.
 */
export async function seedDepartments(em: EntityManager): Promise<number> {
  const { departments } = readSeed<DepartmentSeed>('departments.json');
  let inserted = 0;
  for (const department of departments) {
    const result = await em.getConnection().execute<{ affectedRows: number }>(
      `insert into catalog.department (id, credit_code, name, division, version) values (?, ?, ?, ?, 1)
       on conflict (credit_code) do nothing`,
      [uuidv7(), department.creditCode, department.name, department.division],
      'run',
    );
    inserted += result.affectedRows;
  }
  return inserted;
}
