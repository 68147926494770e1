import { AuditTrail } from '@gov/audit';
import { caseEvents, GovError } from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CaseRecord } from '../case.entity';
import { caseEventData, flushUnderLock } from '../case-moves';
import { restoreCaseState } from '../case-state-json';
import { CentreCalendars } from '../centre-calendars';
import { deadlineColumns, deadlinesMoved } from './case-deadlines';
import { Clock } from '../clock';
import { clearSettledWarnings } from '../../supervision/warnings/warning-clearing';
import { type ThresholdPolicy } from '../../supervision/warnings/threshold-policy';
import { WarningThresholds } from '../../supervision/warnings/warning-thresholds';

/**
 * Recomputes the deadlines of cases whose centre's calendar changed (DOMAIN.md §4: "when a
 * calendar changes, the due dates of running cases are recomputed and the change is an event").
 * A case whose dates moved gets `case.deadlines-recomputed` and an audit row, as any change does;
 * one whose dates stayed only loses its mark. Each case in its own short transaction under its
 * optimistic lock, so a concurrent action wins and the case is simply looked at again next pass.
 * A change of a warning threshold marks cases too: when only the deadline watch's columns move,
 * they are written silently (no event, no audit row: the case itself did not change).
 */
@Injectable()
export class DeadlineRefreshSweep {
  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly calendars: CentreCalendars,
    private readonly warningThresholds: WarningThresholds,
  ) {}

  /** One pass over at most `batch` marked cases; answers how many had their dates moved. */
  async runOnce(batch = 500): Promise<number> {
    const marked = await this.orm.em
      .fork()
      .find(CaseRecord, { deadlinesStale: true }, { limit: batch, fields: ['id', 'division'] });
    let moved = 0;
    // Read after the marks: a threshold changed with them is in the table by now.
    const thresholds =
      marked.length === 0 ? null : await this.warningThresholds.policy({ fresh: true });
    for (const { id, division } of marked) {
      const calendar = await this.calendars.of(division);
      try {
        if (thresholds && (await this.refresh(id, calendar, thresholds))) moved += 1;
      } catch (error) {
        if (error instanceof GovError && error.code === 'CASE.CHANGED_CONCURRENTLY') continue;
        throw error;
      }
    }
    return moved;
  }

  private refresh(
    id: string,
    calendar: Awaited<ReturnType<CentreCalendars['of']>>,
    thresholds: ThresholdPolicy,
  ) {
    const now = this.clock.now();
    return this.orm.em.transactional(async (em) => {
      const record = await em.findOneOrFail(CaseRecord, { id });
      const state = restoreCaseState(record.state);
      const yellowDays = thresholds.yellowDaysFor(
        record.division,
        record.itemCode,
        state.limits.promised,
      );
      const columns = deadlineColumns(state, calendar, now, yellowDays);
      if (!deadlinesMoved(record, columns)) {
        // Nothing to announce: clear the mark and set the warning columns without touching the
        // version (the lock's counter is the sequence of the case's events).
        await em.execute(
          `update cases."case" set deadlines_stale = false,
             promised_warn_on = ?, statutory_warn_on = ?, next_warning_on = ?
           where id = ? and version = ?`,
          [
            columns.promisedWarnOn,
            columns.statutoryWarnOn,
            columns.nextWarningOn,
            id,
            record.version,
          ],
        );
        return false;
      }
      const sequence = state.sequence + 1;
      record.state = { ...state, sequence };
      record.deadlinesStale = false;
      Object.assign(record, columns);
      await flushUnderLock(em, id);
      await clearSettledWarnings(em, record, now);
      await this.outbox.record(em, caseEvents.caseDeadlinesRecomputed, {
        aggregateId: id,
        division: record.division,
        sequence,
        data: { ...caseEventData(record), reason: '工作日历调整', at: now.toISOString() },
      });
      await this.audit.append(em, {
        aggregateType: 'case',
        aggregateId: id,
        sequence,
        actor: { kind: 'service', subject: 'svc-cases', username: 'deadline-refresh' },
        action: 'recompute-deadlines',
        change: {
          acceptanceEndsAt: columns.acceptanceEndsAt?.toISOString() ?? null,
          statutoryDueOn: columns.statutoryDueOn,
          promisedDueOn: columns.promisedDueOn,
        },
      });
      return true;
    });
  }
}
