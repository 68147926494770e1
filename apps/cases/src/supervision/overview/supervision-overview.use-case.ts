import { type Principal, Scope } from '@gov/auth';
import { localDateOf } from '@gov/calendar';
import { type SupervisionOverview, type SupervisionOverviewRequest } from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../cases/clock';

/** The key and the name of each grouping, as SQL over cases."case". */
const GROUPS: Record<SupervisionOverviewRequest['groupBy'], { key: string; name: string }> = {
  department: { key: `coalesce(handling_organ, '')`, name: `coalesce(handling_organ_name, '')` },
  item: { key: 'item_code', name: 'item_name' },
  window: {
    key: `coalesce(state->'window'->>'number', '')`,
    name: `coalesce(state->'window'->>'name', '')`,
  },
  division: { key: 'division', name: 'division' },
};

/** The columns of each deadline: its due date and the first day of its yellow warning. */
const DEADLINES = {
  promised: { due: 'promised_due_on', warn: 'promised_warn_on' },
  statutory: { due: 'statutory_due_on', warn: 'statutory_warn_on' },
} as const;

/** At most this many groups are answered, the worst first (a province has thousands of items). */
const MAX_GROUPS = 500;

interface GroupRow {
  key: string;
  name: string;
  at_risk: string;
  overdue: string;
  total_at_risk: string;
  total_overdue: string;
}

/**
 * The supervisors' overview (电子监察): the running cases of the caller's subtree that are at risk
 * (their yellow warning day has come) or overdue, counted per department, item, window or
 * division. Read from the covering index of running cases by division and warning day: only the
 * subtree's cases past their warning day are touched, and (but for windows) never the table.
 */
@Injectable()
export class SupervisionOverviewUseCase {
  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
  ) {}

  async overview(
    request: SupervisionOverviewRequest,
    caller: Principal,
  ): Promise<SupervisionOverview> {
    const scope = Scope.of(caller);
    if (request.division !== undefined) scope.assertIncludes(request.division);
    const division = Scope.ofDivision(request.division ?? scope.division);
    const deadline = request.deadline ?? 'promised';
    const { due, warn } = DEADLINES[deadline];
    const { key, name } = GROUPS[request.groupBy];
    const today = localDateOf(this.clock.now());
    // No range (a principal without a division): from '' to '' holds nothing.
    const range = division.divisionRange;
    // A deadline ends at 24:00 of its day: a case due today is at risk, not yet overdue. The
    // yellow day never comes after the due date, so an overdue case has passed it too: one range
    // of the warning-day index finds both.
    const rows = await this.orm.em.fork().execute<GroupRow[]>(
      `select ${key} as key, min(${name}) as name,
              count(*) filter (where ${due} >= ?) as at_risk,
              count(*) filter (where ${due} < ?) as overdue,
              sum(count(*) filter (where ${due} >= ?)) over () as total_at_risk,
              sum(count(*) filter (where ${due} < ?)) over () as total_overdue
         from cases."case"
        where clock_phase = 'running' and division >= ? and division < ? and ${warn} <= ?
        group by 1
        order by overdue desc, at_risk desc, key
        limit ?`,
      [today, today, today, today, range?.from ?? '', range?.to ?? '', today, MAX_GROUPS],
    );
    const groups = rows.map((row) => ({
      key: row.key,
      name: row.name,
      atRisk: Number(row.at_risk),
      overdue: Number(row.overdue),
    }));
    return {
      asOf: today,
      division: division.division ?? '',
      deadline,
      groupBy: request.groupBy,
      groups,
      // Over every group, including those beyond the answered ones.
      total: {
        atRisk: Number(rows[0]?.total_at_risk ?? 0),
        overdue: Number(rows[0]?.total_overdue ?? 0),
      },
    };
  }
}
