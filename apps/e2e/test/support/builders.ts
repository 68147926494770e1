import { type Principal } from '@gov/auth';
import { creditCodeCheckCharacter } from '@gov/identifiers';
import { randomInt } from 'node:crypto';

/**
 * A valid unified social credit code of a government organ (registration authority 1, type 1)
 * with a random organisation number, so tests sharing a database never collide.
 */
export function uniqueCreditCode(division6 = '330100'): string {
  const organisation = `${randomInt(1_000_000_000)}`.padStart(9, '0');
  const body = `11${division6}${organisation}`;
  return body + creditCodeCheckCharacter(body);
}

/** A request to register a department, valid unless overridden. */
export function aDepartment(
  overrides: Partial<{ creditCode: string; name: string; division: string }> = {},
) {
  return {
    creditCode: uniqueCreditCode(),
    name: '杭州市市场监督管理局',
    division: '330100000000',
    ...overrides,
  };
}

/** A verified caller, for tests that run a service's use cases directly. */
export function aPrincipal(overrides: Partial<Principal> = {}): Principal {
  return {
    subject: 'test-subject',
    username: 'zj-catalog-admin',
    clientId: 'gov-cli',
    roles: ['catalog_admin'],
    division: '330000000000',
    department: null,
    residentId: null,
    ...overrides,
  };
}
