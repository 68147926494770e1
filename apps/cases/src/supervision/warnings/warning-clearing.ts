import { type EntityManager } from '@mikro-orm/postgresql';
import { type CaseRecord } from '../../cases/case.entity';

/**
 * Clears the warnings a case's new deadline columns make moot, in the transaction that set them:
 * all open ones once the clock stopped for good (decided, concluded, withdrawn: 'concluded'); while
 * it runs, those whose due date is no longer the deadline's (an extension, a resumption, a
 * calendar change: 'deadline-moved'). A suspended case keeps its warnings: it has not been cured.
 * One indexed statement on the case's open warnings; nothing when the clock never started.
 */
export async function clearSettledWarnings(
  em: EntityManager,
  record: CaseRecord,
  now: Date,
): Promise<void> {
  switch (record.clockPhase) {
    case 'stopped':
      await em.execute(
        `update cases.deadline_warning set cleared_at = ?, cleared_because = 'concluded'
         where case_id = ? and cleared_at is null`,
        [now, record.id],
      );
      return;
    case 'running':
      await em.execute(
        `update cases.deadline_warning set cleared_at = ?, cleared_because = 'deadline-moved'
         where case_id = ? and cleared_at is null
           and due_on <> case deadline when 'promised' then ?::date else ?::date end`,
        [now, record.id, record.promisedDueOn, record.statutoryDueOn],
      );
      return;
    case 'suspended':
    case 'not-started':
      return;
  }
}
