import { Scope } from '@gov/auth';
import { addCalendarDays, endOfLocalDay, type LocalDate, parseLocalDate } from '@gov/calendar';
import { GovError, type RatingStatistics, type RatingStatisticsRequest } from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { addCounts, NO_RATINGS, type RatingCounts, ratingFigures } from './rating-figures';

interface ItemRow {
  item_code: string;
  item_name: string;
  l1: string;
  l2: string;
  l3: string;
  l4: string;
  l5: string;
  rectified: string;
  annulled: string;
}

/**
 * The published statistics of good/bad reviews (好差评公开): for a division's subtree and a period
 * of local days (Asia/Shanghai), the figures per item and in total. Read from the ratings
 * themselves, never from kept counters; ratings annulled by an upheld appeal count only as
 * annulled. Nothing personal leaves: no rater, no comment, no case.
 */
@Injectable()
export class RatingStatisticsUseCase {
  constructor(private readonly orm: MikroORM) {}

  async statistics(request: RatingStatisticsRequest): Promise<RatingStatistics> {
    const from = request.from === undefined ? null : validDay(request.from, 'from');
    const to = request.to === undefined ? null : validDay(request.to, 'to');
    if (from !== null && to !== null && to < from) {
      throw new GovError('STATISTICS.PERIOD_REVERSED', undefined, { from, to });
    }
    const root = request.division === undefined ? null : Scope.ofDivision(request.division);
    const rows = await this.orm.em.fork().execute<ItemRow[]>(
      `select r.item_code, max(c.item_name) as item_name,
              count(*) filter (where not r.annulled and r.level = 1) as l1,
              count(*) filter (where not r.annulled and r.level = 2) as l2,
              count(*) filter (where not r.annulled and r.level = 3) as l3,
              count(*) filter (where not r.annulled and r.level = 4) as l4,
              count(*) filter (where not r.annulled and r.level = 5) as l5,
              count(*) filter (where not r.annulled and r.level <= 2 and x.status = 'closed')
                as rectified,
              count(*) filter (where r.annulled) as annulled
       from cases.rating r
       join cases."case" c on c.id = r.case_id
       left join cases.rectification x on x.case_id = r.case_id
       where r.division like ? and r.rated_at >= ? and r.rated_at < ?
       group by r.item_code order by r.item_code`,
      [
        `${root === null ? '' : (root.divisionPrefix ?? 'no-scope')}%`,
        from === null ? new Date(0) : endOfLocalDay(addCalendarDays(from, -1)),
        to === null ? new Date('9999-12-31T00:00:00Z') : endOfLocalDay(to),
      ],
    );
    const items = rows.map((row) => ({ row, counts: countsOf(row) }));
    return {
      division: root?.division ?? null,
      from,
      to,
      totals: ratingFigures(items.reduce((sum, item) => addCounts(sum, item.counts), NO_RATINGS)),
      items: items.map(({ row, counts }) => ({
        itemCode: row.item_code,
        itemName: row.item_name,
        ...ratingFigures(counts),
      })),
    };
  }
}

function countsOf(row: ItemRow): RatingCounts {
  return {
    byLevel: {
      1: Number(row.l1),
      2: Number(row.l2),
      3: Number(row.l3),
      4: Number(row.l4),
      5: Number(row.l5),
    },
    rectified: Number(row.rectified),
    annulled: Number(row.annulled),
  };
}

function validDay(text: string, field: 'from' | 'to'): LocalDate {
  try {
    return parseLocalDate(text);
  } catch (error) {
    throw new GovError(
      'PLATFORM.VALIDATION_FAILED',
      error instanceof Error ? error.message : '统计日期无效',
      { field },
    );
  }
}
