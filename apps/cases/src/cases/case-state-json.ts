import { type CaseState } from '@gov/case';

/**
 * The case state as read back from its `jsonb` column: instants were stored as ISO strings and
 * become `Date`s again. The state's instants are exactly its fields named `at` or ending in `At`
 * (`receivedAt`, `suspendedAt`, …); calendar days (`acceptedOn`, `suspendedOn`) stay strings.
 */
export function restoreCaseState(stored: unknown): CaseState {
  return revive(stored) as CaseState;
}

function revive(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && (key === 'at' || key.endsWith('At'))) return new Date(value);
  // A state still held in memory (the entity as a transaction left it) has its instants already.
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((element) => revive(element));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, field]) => [name, revive(field, name)]),
    );
  }
  return value;
}
