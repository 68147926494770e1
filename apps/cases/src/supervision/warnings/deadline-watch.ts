import { type LocalDate, localDateOf } from '@gov/calendar';
import { warningEvents } from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { Clock } from '../../cases/clock';
import {
  type DueWarning,
  nextWarningAfter,
  type WatchedDeadline,
  warningsDueOn,
} from './warning-days';

/** A case the watch looks at, as read under its row lock. */
interface WatchedCaseRow {
  id: string;
  version: number;
  number: string;
  division: string;
  item_code: string;
  handling_organ: string | null;
  promised_warn_on: LocalDate | null;
  promised_due_on: LocalDate | null;
  statutory_warn_on: LocalDate | null;
  statutory_due_on: LocalDate | null;
  responsible: { id: string; username: string } | null;
}

/**
 * The deadline watch (电子监察): finds the cases whose next warning day has come through the
 * partial index on `next_warning_on` (never a scan of all cases), raises the warnings due today —
 * each exactly once per deadline, level and due date, the unique key deciding between racing
 * instances and restarts — records `warning.raised` only for a row actually inserted, and moves
 * the case's next warning day on. Suspended and finished cases have no warning day: they never warn.
 */
@Injectable()
export class DeadlineWatch {
  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * One pass over at most `batch` cases due for a look, of the subtree whose codes start with
   * `divisionPrefix` when given (one watcher per city, say); answers how many warnings it raised.
   */
  async runOnce(batch = 500, divisionPrefix = ''): Promise<number> {
    const now = this.clock.now();
    const today = localDateOf(now);
    const candidates = await this.orm.em.fork().execute<{ id: string }[]>(
      `select id from cases."case" where next_warning_on <= ? and division like ?
       order by next_warning_on limit ?`,
      [today, `${divisionPrefix}%`, batch],
    );
    let raised = 0;
    for (const { id } of candidates) {
      raised += await this.orm.em.fork().transactional((em) => this.watch(em, id, today, now));
    }
    return raised;
  }

  /**
   * One case in its own short transaction, its row locked (another instance holding it is looking
   * at it already: skip) and read afresh, so a move made since the index was read is what counts.
   */
  private async watch(em: EntityManager, id: string, today: LocalDate, now: Date): Promise<number> {
    const [row] = await em.execute<WatchedCaseRow[]>(
      `select id, version, number, division, item_code, handling_organ,
              to_char(promised_warn_on, 'YYYY-MM-DD') as promised_warn_on,
              to_char(promised_due_on, 'YYYY-MM-DD') as promised_due_on,
              to_char(statutory_warn_on, 'YYYY-MM-DD') as statutory_warn_on,
              to_char(statutory_due_on, 'YYYY-MM-DD') as statutory_due_on,
              coalesce(state->'responsible', state->'firstResponder') as responsible
       from cases."case"
       where id = ? and next_warning_on <= ?
       for update skip locked`,
      [id, today],
    );
    if (!row) return 0;
    const deadlines = watchedDeadlines(row);
    let raised = 0;
    for (const warning of warningsDueOn(deadlines, today)) {
      if (await this.raise(em, row, warning, now)) raised += 1;
    }
    // Guarded, and without bumping the version: the version counts the case's own events.
    await em.execute(`update cases."case" set next_warning_on = ? where id = ? and version = ?`, [
      nextWarningAfter(deadlines, today),
      row.id,
      row.version,
    ]);
    return raised;
  }

  /** Inserts the warning unless raised before; only a new row is announced. */
  private async raise(
    em: EntityManager,
    row: WatchedCaseRow,
    warning: DueWarning,
    now: Date,
  ): Promise<boolean> {
    const id = uuidv7();
    const responsible = row.responsible;
    const inserted = await em.execute<{ id: string }[]>(
      `insert into cases.deadline_warning
         (id, case_id, deadline, level, due_on, division, item_code, handling_organ, case_number,
          responsible_subject, responsible_username, raised_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (case_id, deadline, level, due_on) do nothing
       returning id`,
      [
        id,
        row.id,
        warning.deadline,
        warning.level,
        warning.dueOn,
        row.division,
        row.item_code,
        row.handling_organ,
        row.number,
        responsible?.id ?? null,
        responsible?.username ?? null,
        now,
      ],
    );
    if (inserted.length === 0) return false;
    await this.outbox.record(em, warningEvents.warningRaised, {
      aggregateId: id,
      division: row.division,
      sequence: 1,
      data: {
        id,
        caseId: row.id,
        caseNumber: row.number,
        division: row.division,
        itemCode: row.item_code,
        deadline: warning.deadline,
        level: warning.level,
        dueOn: warning.dueOn,
        ...(responsible ? { recipients: [responsible.id] } : {}),
        raisedAt: now.toISOString(),
      },
    });
    return true;
  }
}

/** The deadlines of a running case with their warning days (both are set while it runs). */
function watchedDeadlines(row: WatchedCaseRow): WatchedDeadline[] {
  const deadlines: WatchedDeadline[] = [];
  if (row.promised_warn_on && row.promised_due_on) {
    deadlines.push({
      deadline: 'promised',
      warnOn: row.promised_warn_on,
      dueOn: row.promised_due_on,
    });
  }
  if (row.statutory_warn_on && row.statutory_due_on) {
    deadlines.push({
      deadline: 'statutory',
      warnOn: row.statutory_warn_on,
      dueOn: row.statutory_due_on,
    });
  }
  return deadlines;
}
