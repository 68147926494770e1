import { type Principal } from '@gov/auth';
import {
  type AcknowledgeWarningRequest,
  type AnnotateWarningRequest,
  GovError,
  type Warning,
  warningEvents,
} from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { Clock } from '../../cases/clock';
import { assertVisible } from './list-warnings.use-case';
import { WARNING_COLUMNS, type WarningRow, withNotes } from './warning-rows';

/**
 * A supervisor's handling of a warning: acknowledging it (签收, once; announced as
 * `warning.acknowledged`, the warning's second event) with an optional note, and annotating it.
 * Each in one transaction, the warning's row locked, so two acknowledgements cannot both succeed.
 */
@Injectable()
export class AcknowledgeWarningUseCase {
  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  acknowledge(request: AcknowledgeWarningRequest, caller: Principal): Promise<Warning> {
    const now = this.clock.now();
    return this.orm.em.transactional(async (em) => {
      const row = await lockedWarning(em, request.id, caller);
      if (row.acknowledged_at !== null) {
        throw new GovError('WARNING.ALREADY_ACKNOWLEDGED', undefined, {
          id: row.id,
          acknowledgedBy: row.acknowledged_by,
        });
      }
      await em.execute(
        `update cases.deadline_warning set acknowledged_at = ?, acknowledged_by = ? where id = ?`,
        [now, caller.username, row.id],
      );
      if (request.note !== undefined) await addNote(em, row.id, caller, request.note, now);
      await this.outbox.record(em, warningEvents.warningAcknowledged, {
        aggregateId: row.id,
        division: row.division,
        sequence: 2,
        data: {
          id: row.id,
          caseId: row.case_id,
          caseNumber: row.case_number,
          division: row.division,
          deadline: row.deadline,
          level: row.level,
          acknowledgedBy: caller.username,
          acknowledgedAt: now.toISOString(),
        },
      });
      return reread(em, row.id);
    });
  }

  annotate(request: AnnotateWarningRequest, caller: Principal): Promise<Warning> {
    const now = this.clock.now();
    return this.orm.em.transactional(async (em) => {
      const row = await lockedWarning(em, request.id, caller);
      await addNote(em, row.id, caller, request.text, now);
      return reread(em, row.id);
    });
  }
}

async function lockedWarning(
  em: EntityManager,
  id: string,
  caller: Principal,
): Promise<WarningRow> {
  const [row] = await em.execute<WarningRow[]>(
    `select ${WARNING_COLUMNS} from cases.deadline_warning where id = ? for update`,
    [id],
  );
  const found = row ?? null;
  assertVisible(found, id, caller);
  return found;
}

async function addNote(
  em: EntityManager,
  warningId: string,
  caller: Principal,
  text: string,
  at: Date,
): Promise<void> {
  await em.execute(
    `insert into cases.deadline_warning_note
       (id, warning_id, author_subject, author_username, text, at) values (?, ?, ?, ?, ?, ?)`,
    [uuidv7(), warningId, caller.subject, caller.username, text, at],
  );
}

async function reread(em: EntityManager, id: string): Promise<Warning> {
  const rows = await em.execute<WarningRow[]>(
    `select ${WARNING_COLUMNS} from cases.deadline_warning where id = ?`,
    [id],
  );
  const [warning] = await withNotes(em, rows);
  if (!warning) throw new GovError('WARNING.NOT_FOUND', undefined, { id });
  return warning;
}
