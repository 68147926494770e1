import { GovError } from '@gov/contracts';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';

/**
 * Writes a change of a power. Another administrator changing the same power in between makes the
 * optimistic lock (or the one-number-per-version key) fail: that is a conflict to retry after a
 * refresh, not an internal error.
 */
export async function flushPower(em: EntityManager, code: string): Promise<void> {
  await em.flush().catch((error: unknown) => {
    if (
      error instanceof OptimisticLockError ||
      error instanceof UniqueConstraintViolationException
    ) {
      throw new GovError('CATALOG.POWER_CHANGED_CONCURRENTLY', undefined, { code });
    }
    throw error;
  });
}
