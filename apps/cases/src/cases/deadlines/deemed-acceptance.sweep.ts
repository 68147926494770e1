import { GovError } from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CaseMoves, DEEMED_ACCEPTANCE_AUTHOR } from '../case-moves';
import { CentreCalendars } from '../centre-calendars';
import { Clock } from '../clock';

/** Answers that mean someone else got there first; the case needs nothing more from this pass. */
const SETTLED_ELSEWHERE = new Set(['CASE.CHANGED_CONCURRENTLY', 'CASE.TRANSITION_NOT_ALLOWED']);

/**
 * Deemed acceptance (行政许可法 Art. 32): an application neither accepted, refused nor given a
 * correction notice within 5 working days of receipt counts as accepted on the day of receipt. Each
 * pass finds the cases whose acceptance period has run out through the indexed
 * `acceptance_ends_at` and moves each one. Safe with several instances and after a restart: what
 * is due is read from the database, the transition is allowed only from `submitted`, and the
 * optimistic lock lets exactly one of two racing instances (or a clerk acting at the same moment)
 * succeed.
 */
@Injectable()
export class DeemedAcceptanceSweep {
  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly moves: CaseMoves,
    private readonly calendars: CentreCalendars,
  ) {}

  /** One pass over at most `batch` due cases; answers how many were deemed accepted. */
  async runOnce(batch = 200): Promise<number> {
    const now = this.clock.now();
    const due = await this.orm.em.fork().execute<{ id: string; division: string }[]>(
      `select id, division from cases."case"
       where acceptance_ends_at <= ? and status = 'submitted'
       order by acceptance_ends_at limit ?`,
      [now, batch],
    );
    let accepted = 0;
    for (const { id, division } of due) {
      const calendar = await this.calendars.of(division);
      try {
        await this.moves.move(
          id,
          { action: 'deem-accepted' },
          DEEMED_ACCEPTANCE_AUTHOR,
          calendar,
          now,
        );
        accepted += 1;
      } catch (error) {
        if (!(error instanceof GovError)) throw error;
        if (SETTLED_ELSEWHERE.has(error.code)) continue;
        // The calendar changed and the period is longer now: recompute the column, try later.
        if (error.code === 'CASE.DEEMED_ACCEPTANCE_NOT_DUE') await this.markStale(id);
        else throw error;
      }
    }
    return accepted;
  }

  private async markStale(id: string): Promise<void> {
    await this.orm.em
      .fork()
      .execute(`update cases."case" set deadlines_stale = true where id = ?`, [id]);
  }
}
