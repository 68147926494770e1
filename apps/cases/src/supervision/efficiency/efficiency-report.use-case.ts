import { type Principal, Scope } from '@gov/auth';
import { type EfficiencyReport, type EfficiencyReportRequest } from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { STATISTICS_MAX_PERIOD_DAYS } from './efficiency.config';
import { queryEfficiency } from './efficiency-query';
import { efficiencyRows } from './efficiency-rows';
import { reportPeriod } from './report-period';

/**
 * The efficiency report (效能评估) of a subtree for a period, by department, item, window, staff
 * or division: read from the cases and the figures stored as each concluded, never from counters
 * kept by hand, so the report always agrees with the cases. The caller's subtree bounds it: a
 * division outside it is refused (403), none means the caller's own division.
 */
@Injectable()
export class EfficiencyReportUseCase {
  constructor(
    private readonly orm: MikroORM,
    @Inject(STATISTICS_MAX_PERIOD_DAYS) private readonly maxPeriodDays: number,
  ) {}

  async report(request: EfficiencyReportRequest, caller: Principal): Promise<EfficiencyReport> {
    const scope = Scope.of(caller);
    if (request.division !== undefined) scope.assertIncludes(request.division);
    const root = Scope.ofDivision(request.division ?? scope.division);
    const period = reportPeriod(request.from, request.to, this.maxPeriodDays);
    const groupBy = request.groupBy ?? 'department';
    const rows = await queryEfficiency(
      this.orm.em.fork(),
      groupBy,
      root.divisionPrefix ?? 'no-scope',
      period,
    );
    return {
      from: period.from,
      to: period.to,
      division: root.division ?? '',
      groupBy,
      ...efficiencyRows(groupBy, rows),
    };
  }
}
