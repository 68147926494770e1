import { AuditTrail } from '@gov/audit';
import { type Principal, Scope } from '@gov/auth';
import { localDateOf } from '@gov/calendar';
import { GovError, type Rectification, ratingEvents } from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { authorOf } from '../../cases/case-moves';
import { Clock } from '../../cases/clock';
import { applyRectification, type RectificationCommand } from './rectification-rules';
import {
  readRectification,
  rectificationEventData,
  rectificationReply,
  stateOf,
  writeRectification,
} from './rectification-store';

/** The event each change announces; a call-back is recorded and audited, not announced. */
const EVENT_OF = {
  'record-call-back': null,
  close: ratingEvents.rectificationClosed,
  appeal: ratingEvents.rectificationAppealed,
  'decide-appeal': ratingEvents.rectificationAppealDecided,
} as const;

/**
 * The work on a rectification task: the centre's call-backs, result and appeal; the supervisor's
 * decision on the appeal. Each change locks the task's row, applies the rules, and writes the new
 * state, its audit row and its event in one transaction; an upheld appeal annuls the rating in the
 * same transaction, so it drops out of every statistic at once. Staff act inside their subtree.
 */
@Injectable()
export class RectificationWorkUseCase {
  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async change(
    id: string,
    command: RectificationCommand,
    caller: Principal,
  ): Promise<Rectification> {
    const now = this.clock.now();
    const author = authorOf(caller).audit;
    return this.orm.em.transactional(async (em) => {
      const row = await readRectification(em, id, true);
      if (!row) throw new GovError('RECTIFICATION.NOT_FOUND', undefined, { id });
      if (!Scope.of(caller).includes(row.division)) {
        throw new GovError('RECTIFICATION.OUT_OF_SCOPE', undefined, {
          id,
          division: row.division,
        });
      }
      const next = applyRectification(stateOf(row), command, {
        by: caller.username,
        at: now.toISOString(),
      });
      await writeRectification(em, row, next);
      const sequence = row.version + 1;
      if (command.action === 'decide-appeal' && command.upheld) {
        await em.execute(
          `update cases.rating set annulled = true where case_id = ?`,
          [row.case_id],
          'run',
        );
      }
      const event = EVENT_OF[command.action];
      if (event !== null) {
        await this.outbox.record(em, event, {
          aggregateId: row.id,
          division: row.division,
          sequence,
          data: {
            ...rectificationEventData(row, { status: next.status, dueOn: row.due_on }, now),
            ...(command.action === 'decide-appeal' ? { upheld: command.upheld } : {}),
          },
        });
      }
      const { action, ...given } = command;
      await this.audit.append(em, {
        aggregateType: 'rectification',
        aggregateId: row.id,
        sequence,
        actor: author,
        action,
        change: { from: row.status, to: next.status, ...given },
      });
      const changed = await readRectification(em, id, false);
      if (!changed) throw new GovError('RECTIFICATION.NOT_FOUND', undefined, { id });
      return rectificationReply(changed, localDateOf(now));
    });
  }
}
