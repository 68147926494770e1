import { type Principal, Scope } from '@gov/auth';
import {
  GovError,
  type RemovedWarningThreshold,
  type RemoveWarningThresholdRequest,
  type SetWarningThresholdRequest,
  type WarningThreshold,
  type WarningThresholdList,
} from '@gov/contracts';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../cases/clock';
import { WarningThresholds } from './warning-thresholds';

interface ThresholdRow {
  division: string;
  item_code: string;
  yellow_days: number;
  set_by: string;
  set_at: Date;
}

/** Where a setting applies, normalised: the 12-digit division, its subtree's prefix, the item. */
interface Target {
  readonly division: string;
  readonly prefix: string;
  /** '' for every item of the subtree. */
  readonly itemCode: string;
}

/**
 * Centre administrators' yellow thresholds (预警阈值) for their subtree, per division or per item
 * of a division. A change marks the running cases it may concern as stale, in the same
 * transaction, so the refresh sweep recomputes their warning days on the new threshold.
 */
@Injectable()
export class WarningThresholdSettingsUseCase {
  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly thresholds: WarningThresholds,
  ) {}

  async list(caller: Principal): Promise<WarningThresholdList> {
    const prefix = Scope.of(caller).divisionPrefix ?? 'no-scope';
    const rows = await this.orm.em.fork().execute<ThresholdRow[]>(
      `select division, item_code, yellow_days, set_by, set_at from cases.warning_threshold
       where division like ? order by division, item_code`,
      [`${prefix}%`],
    );
    return {
      defaultRule: 'max(2, ⌈承诺时限 × 20%⌉) 个工作日',
      items: rows.map(thresholdOf),
    };
  }

  async set(request: SetWarningThresholdRequest, caller: Principal): Promise<WarningThreshold> {
    const target = targetOf(request, caller);
    const now = this.clock.now();
    const [row] = await this.orm.em.transactional(async (em) => {
      const saved = await em.execute<ThresholdRow[]>(
        `insert into cases.warning_threshold
           (division, division_prefix, item_code, yellow_days, set_by, set_at)
         values (?, ?, ?, ?, ?, ?)
         on conflict (division, item_code) do update
           set yellow_days = excluded.yellow_days, set_by = excluded.set_by,
               set_at = excluded.set_at
         returning division, item_code, yellow_days, set_by, set_at`,
        [target.division, target.prefix, target.itemCode, request.yellowDays, caller.username, now],
      );
      await markConcernedCases(em, target);
      return saved;
    });
    this.thresholds.invalidate();
    if (!row) throw new Error('The threshold upsert returned no row');
    return thresholdOf(row);
  }

  async remove(
    request: RemoveWarningThresholdRequest,
    caller: Principal,
  ): Promise<RemovedWarningThreshold> {
    const target = targetOf(request, caller);
    const removed = await this.orm.em.transactional(async (em) => {
      const rows = await em.execute<{ division: string }[]>(
        `delete from cases.warning_threshold where division = ? and item_code = ?
         returning division`,
        [target.division, target.itemCode],
      );
      if (rows.length > 0) await markConcernedCases(em, target);
      return rows.length > 0;
    });
    if (!removed) {
      throw new GovError('WARNING.THRESHOLD_NOT_FOUND', undefined, {
        division: target.division,
        itemCode: target.itemCode || null,
      });
    }
    this.thresholds.invalidate();
    return { division: target.division, itemCode: target.itemCode || null };
  }
}

function targetOf(request: { division?: string; itemCode?: string }, caller: Principal): Target {
  const scope = Scope.of(caller);
  const asked = request.division ?? scope.division;
  if (asked === null)
    throw new GovError('AUTH.DIVISION_OUT_OF_SCOPE', undefined, { division: null });
  scope.assertIncludes(asked);
  const subtree = Scope.ofDivision(asked);
  if (subtree.division === null || subtree.divisionPrefix === null) {
    throw new GovError('AUTH.DIVISION_OUT_OF_SCOPE', undefined, { division: asked });
  }
  return {
    division: subtree.division,
    prefix: subtree.divisionPrefix,
    itemCode: request.itemCode ?? '',
  };
}

/** The running cases a setting may concern get their warning days recomputed. */
async function markConcernedCases(em: EntityManager, target: Target): Promise<void> {
  await em.execute(
    `update cases."case" set deadlines_stale = true
     where clock_phase = 'running' and division like ? and (? = '' or item_code = ?)`,
    [`${target.prefix}%`, target.itemCode, target.itemCode],
  );
}

function thresholdOf(row: ThresholdRow): WarningThreshold {
  return {
    division: row.division,
    itemCode: row.item_code === '' ? null : row.item_code,
    yellowDays: Number(row.yellow_days),
    setBy: row.set_by,
    setAt: new Date(row.set_at).toISOString(),
  };
}
