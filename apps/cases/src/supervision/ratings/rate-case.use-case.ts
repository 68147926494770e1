import { AuditTrail } from '@gov/audit';
import { type Principal, Scope } from '@gov/auth';
import { localDateOf, type WorkingCalendar } from '@gov/calendar';
import {
  type CaseRating,
  GovError,
  type RateCaseRequest,
  type RatingDimensions,
  ratingEvents,
} from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { PersonalDataVault } from '@gov/personal-data';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CaseRecord } from '../../cases/case.entity';
import { isApplicantSide, isOwnCase } from '../../cases/case-access';
import { authorOf } from '../../cases/case-moves';
import { CentreCalendars } from '../../cases/centre-calendars';
import { Clock } from '../../cases/clock';
import {
  isBadReview,
  isConcluded,
  levelLabel,
  raterRoleOf,
  type RaterRole,
  storedDimensions,
} from './rating-rules';
import { RECTIFICATION_LIMIT_DAYS } from './rectification-limit';
import { rectificationEventData } from './rectification-store';

interface RatingRow {
  case_id: string;
  level: number;
  dimensions: RatingDimensions;
  comment: string | null;
  rater_role: RaterRole;
  rated_at: Date | string;
  annulled: boolean;
  rectification_id: string | null;
  rectification_status: NonNullable<CaseRating['rectification']>['status'] | null;
  due_on: string | null;
}

/**
 * 好差评: the applicant, or the agent who submitted for them, rates a concluded case once; a bad
 * review (不满意, 非常不满意) opens, in the same transaction, a rectification task for the case's
 * centre due N working days later on its calendar. The primary key on the case makes a retry or a
 * racing second rating a conflict, never a second row.
 */
@Injectable()
export class RateCaseUseCase {
  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
    private readonly vault: PersonalDataVault,
    private readonly calendars: CentreCalendars,
    @Inject(RECTIFICATION_LIMIT_DAYS) private readonly limitDays: number,
  ) {}

  async rate(request: RateCaseRequest, caller: Principal): Promise<CaseRating> {
    const record = await this.orm.em.fork().findOne(CaseRecord, { id: request.id });
    if (!record) throw new GovError('CASE.NOT_FOUND', undefined, { id: request.id });
    const raterRole = raterRoleOf(caller, record, isOwnCase(record, caller, this.vault));
    if (raterRole === null)
      throw new GovError('RATING.NOT_YOUR_CASE', undefined, { id: record.id });
    if (!isConcluded(record.status)) {
      throw new GovError('RATING.CASE_NOT_CONCLUDED', undefined, { status: record.status });
    }
    // The calendar is asked for before the transaction opens, never while it is open.
    const calendar = isBadReview(request.level) ? await this.calendars.of(record.division) : null;
    const now = this.clock.now();
    await this.orm.em.transactional(async (em) => {
      const dimensions = storedDimensions(request);
      const inserted = await em.execute<{ case_id: string }[]>(
        `insert into cases.rating (case_id, level, dimensions, comment, rater_subject, rater_role,
                                   division, item_code, handling_organ, rated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (case_id) do nothing returning case_id`,
        [
          record.id,
          request.level,
          JSON.stringify(dimensions),
          request.comment ?? null,
          caller.subject,
          raterRole,
          record.division,
          record.itemCode,
          record.handlingOrgan,
          now,
        ],
      );
      if (inserted.length === 0)
        throw new GovError('RATING.ALREADY_RATED', undefined, { id: record.id });
      const rectificationId = calendar
        ? await this.openRectification(em, record, request.level, calendar, caller, now)
        : null;
      await this.outbox.record(em, ratingEvents.ratingSubmitted, {
        aggregateId: record.id,
        division: record.division,
        sequence: 1,
        data: {
          caseId: record.id,
          caseNumber: record.number,
          itemCode: record.itemCode,
          division: record.division,
          level: request.level,
          dimensions,
          raterRole,
          ...(rectificationId === null ? {} : { rectificationId }),
          ratedAt: now.toISOString(),
        },
      });
      await this.audit.append(em, {
        aggregateType: 'rating',
        aggregateId: record.id,
        sequence: 1,
        actor: authorOf(caller).audit,
        action: 'rated',
        change: { level: request.level, raterRole },
      });
    });
    return this.read(request.id);
  }

  /** The task for a bad review, due `limitDays` working days after the day of the rating. */
  private async openRectification(
    em: EntityManager,
    record: CaseRecord,
    level: number,
    calendar: WorkingCalendar,
    caller: Principal,
    now: Date,
  ): Promise<string> {
    const id = randomUUID();
    const dueOn = calendar.addWorkingDays(localDateOf(now), this.limitDays).date;
    await em.execute(
      `insert into cases.rectification (id, case_id, division, opened_at, due_on, status)
       values (?, ?, ?, ?, ?, 'open')`,
      [id, record.id, record.division, now, dueOn],
      'run',
    );
    const row = {
      id,
      case_id: record.id,
      number: record.number,
      item_code: record.itemCode,
      division: record.division,
      level,
    };
    await this.outbox.record(em, ratingEvents.rectificationOpened, {
      aggregateId: id,
      division: record.division,
      sequence: 1,
      data: rectificationEventData(row, { status: 'open', dueOn }, now),
    });
    await this.audit.append(em, {
      aggregateType: 'rectification',
      aggregateId: id,
      sequence: 1,
      actor: authorOf(caller).audit,
      action: 'opened',
      change: { caseId: record.id, level, dueOn, limitDays: this.limitDays },
    });
    return id;
  }

  /**
   * The rating of a case, to its applicant's side (the applicant, the agent who submitted it) and
   * to staff whose subtree holds the case; anyone else is answered as if the case did not exist.
   */
  async get(id: string, caller: Principal): Promise<CaseRating> {
    const record = await this.orm.em.fork().findOne(CaseRecord, { id });
    const mayRead =
      record !== null &&
      (isApplicantSide(caller)
        ? raterRoleOf(caller, record, isOwnCase(record, caller, this.vault)) !== null
        : Scope.of(caller).includes(record.division));
    if (!record || !mayRead) throw new GovError('CASE.NOT_FOUND', undefined, { id });
    return this.read(id);
  }

  private async read(id: string): Promise<CaseRating> {
    const [row] = await this.orm.em.fork().execute<RatingRow[]>(
      `select r.case_id, r.level, r.dimensions, r.comment, r.rater_role, r.rated_at, r.annulled,
              x.id as rectification_id, x.status as rectification_status,
              x.due_on::text as due_on
       from cases.rating r left join cases.rectification x on x.case_id = r.case_id
       where r.case_id = ?`,
      [id],
    );
    if (!row) throw new GovError('RATING.NOT_FOUND', undefined, { id });
    return ratingReply(row);
  }
}

function ratingReply(row: RatingRow): CaseRating {
  return {
    caseId: row.case_id,
    level: row.level,
    levelLabel: levelLabel(row.level),
    dimensions: row.dimensions,
    comment: row.comment,
    raterRole: row.rater_role,
    ratedAt: new Date(row.rated_at).toISOString(),
    annulled: row.annulled,
    rectification:
      row.rectification_id === null || row.rectification_status === null || row.due_on === null
        ? null
        : { id: row.rectification_id, status: row.rectification_status, dueOn: row.due_on },
  };
}
