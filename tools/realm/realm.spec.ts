import { ROLE_NAMES } from '@gov/contracts';
import { parseDivisionCode } from '@gov/division';
import { validateCreditCode } from '@gov/identifiers';
import { readFileSync } from 'node:fs';
import { buildRealm } from './realm-gov';
import { readSeed, REALM_FILE } from './seed';

const seed = readSeed();
const divisions = new Set(seed.divisions.map((division) => division.code));
const departments = new Map(
  seed.departments.map((department) => [department.creditCode, department]),
);
const holders = [...seed.users, ...seed.serviceAccounts];

describe('the seed source', () => {
  it('gives every department a valid credit code of its own division', () => {
    for (const department of seed.departments) {
      const code = validateCreditCode(department.creditCode);
      expect(code).toMatchObject({ ok: true, divisionCode: department.division.slice(0, 6) });
      expect(divisions.has(department.division)).toBe(true);
    }
  });

  it('places every user and service account in a division and department of the catalogue', () => {
    for (const holder of holders) {
      expect([holder.division, divisions.has(holder.division)]).toEqual([holder.division, true]);
      if (holder.department !== undefined) {
        expect(departments.get(holder.department)?.division).toBe(holder.division);
      }
    }
  });

  it('uses only the roles of the suite and covers each of them', () => {
    const used = new Set(holders.flatMap((holder) => holder.roles));
    expect([...used].filter((role) => !ROLE_NAMES.includes(role as never))).toEqual([]);
    expect(ROLE_NAMES.filter((role) => !used.has(role))).toEqual([]);
  });

  it('has people at province, city, county, township and village level', () => {
    const levels = new Set(seed.users.map((user) => parseDivisionCode(user.division).level));
    expect([...levels].sort()).toEqual(['city', 'county', 'province', 'township', 'village']);
  });
});

describe('deploy/keycloak/realm-gov.json', () => {
  it('is exactly what the seed source generates (run `npm run realm:generate` after changing the seed)', () => {
    const committed = JSON.parse(readFileSync(REALM_FILE, 'utf8')) as unknown;
    expect(committed).toEqual(buildRealm(seed));
  });
});
