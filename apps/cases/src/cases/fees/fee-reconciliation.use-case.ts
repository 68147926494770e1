import { type Principal, Scope } from '@gov/auth';
import { addCalendarDays, endOfLocalDay, type LocalDate, parseLocalDate } from '@gov/calendar';
import { type FeeReconciliation, type FeeReconciliationRequest, GovError } from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/**
 * The daily reconciliation of the windows that collect fees (日结对账): for a day (Asia/Shanghai)
 * and a subtree, each window's payments and refunds, their counts and the net taken. Read from the
 * payment rows written with each payment and refund, so the totals always add up to the cases'.
 */
@Injectable()
export class FeeReconciliationUseCase {
  constructor(private readonly orm: MikroORM) {}

  async reconcile(
    request: FeeReconciliationRequest,
    caller: Principal,
  ): Promise<FeeReconciliation> {
    const scope = Scope.of(caller);
    if (request.division !== undefined) scope.assertIncludes(request.division);
    const root = Scope.ofDivision(request.division ?? scope.division);
    const day = validDay(request.date);
    const rows = await this.orm.em.fork().execute<
      {
        window: string;
        payments: string;
        payments_fen: string;
        refunds: string;
        refunds_fen: string;
      }[]
    >(
      `select "window",
              count(*) filter (where kind = 'payment') as payments,
              coalesce(sum(amount_fen) filter (where kind = 'payment'), 0) as payments_fen,
              count(*) filter (where kind = 'refund') as refunds,
              coalesce(sum(amount_fen) filter (where kind = 'refund'), 0) as refunds_fen
       from cases.case_payment
       where division like ? and recorded_at >= ? and recorded_at < ?
       group by "window" order by "window"`,
      [
        `${root.divisionPrefix ?? 'no-scope'}%`,
        endOfLocalDay(addCalendarDays(day, -1)),
        endOfLocalDay(day),
      ],
    );
    return {
      date: request.date,
      division: root.division ?? '',
      windows: rows.map((row) => ({
        window: row.window,
        payments: Number(row.payments),
        paymentsFen: Number(row.payments_fen),
        refunds: Number(row.refunds),
        refundsFen: Number(row.refunds_fen),
        netFen: Number(row.payments_fen) - Number(row.refunds_fen),
      })),
    };
  }
}

function validDay(text: string): LocalDate {
  try {
    return parseLocalDate(text);
  } catch (error) {
    throw new GovError(
      'PLATFORM.VALIDATION_FAILED',
      error instanceof Error ? error.message : '对账日期无效',
      { field: 'date' },
    );
  }
}
