import { type EfficiencyGrouping } from '@gov/contracts';

/** How a group is named: its key and its display name, as SQL over the facts' columns. */
interface GroupColumns {
  readonly key: string;
  readonly name: string;
}

/** The columns of the facts each grouping keys by. */
export const GROUP_COLUMNS: Record<EfficiencyGrouping, GroupColumns> = {
  department: { key: 'handling_organ', name: 'handling_organ_name' },
  item: { key: 'item_code', name: 'item_name' },
  window: { key: '"window"', name: '"window"' },
  staff: { key: 'staff', name: 'staff' },
  division: { key: 'division', name: 'division' },
};

const RESPONSIBLE = `coalesce(c.state->'responsible'->>'username',
                               c.state->'firstResponder'->>'username')`;

/**
 * Every fact the efficiency report counts under a division `like` the parameter, with the
 * columns a group is keyed by: one row per case received, accepted and concluded on the days of
 * `days` (a relation of `starts`, `ends` instants), and one per rating (annulled ones left out)
 * of a case concluded on the days of `ratingDays`, with the rectification of a bad one. A
 * received or accepted case counts in its current window and staff (a running case may yet be
 * handed over); a concluded one, and its rating, with the figures stored as it concluded.
 *
 * Ratings come apart from the rest because they are all that changes on a closed day: a day
 * whose ratings changed since its roll-up reads only them from here. Each part is one range of
 * the covering index on its instant (`received_at`, `accepted_at`, `concluded_at`, migration
 * 600000) per day; the rating and rectification are looked up by the case's key (the planner
 * cannot tell how many cases the days hold, and its guess of too many had it hash every rating).
 * The subtree stays a `like` on the index entries: with the instant leading it is a filter either
 * way, and a prefix test costs less than two comparisons of codes under the database's collation.
 *
 * Parameters: the division pattern four times, once per part.
 */
export function factsSql(days: string, ratingDays = days): string {
  const counted = (instant: string, received: number) => `
    select c.division, c.handling_organ, c.handling_organ_name, c.item_code, c.item_name,
           c.state->'window'->>'number' as "window", ${RESPONSIBLE} as staff,
           ${received} as received, ${1 - received} as accepted, null::integer as working_days,
           0 as on_time, 0 as early, 0 as overdue, 0 as suspensions, 0 as extended,
           null::smallint as level, 0 as rectified
    from ${days} d join cases."case" c on c.${instant} >= d.starts and c.${instant} < d.ends
    where c.division like ?`;
  const concluded = (relation: string) => `
    from ${relation} d
    join cases.case_figures f on f.concluded_at >= d.starts and f.concluded_at < d.ends`;
  return `
    ${counted('received_at', 1)}
    union all
    ${counted('accepted_at', 0)}
    union all
    select f.division, f.handling_organ, f.handling_organ_name, f.item_code, f.item_name,
           f."window", f.staff, 0, 0, f.working_days, f.on_time::int, f.early::int,
           f.overdue::int, f.suspensions, f.extended::int, null, 0
    ${concluded(days)}
    where f.division like ?
    union all
    select division, handling_organ, handling_organ_name, item_code, item_name, "window", staff,
           0, 0, null, 0, 0, 0, 0, 0, level,
           coalesce(level <= 2 and (select x.status = 'closed' from cases.rectification x
                                    where x.case_id = rated.case_id), false)::int
    from (select f.case_id, f.division, f.handling_organ, f.handling_organ_name, f.item_code,
                 f.item_name, f."window", f.staff,
                 (select r.level from cases.rating r
                  where r.case_id = f.case_id and not r.annulled) as level
          ${concluded(ratingDays)}
          where f.division like ?
          offset 0 -- a fence: one lookup per case concluded on the days, after finding them
         ) rated
    where level is not null`;
}

/** The counts and sums of a tally, in the order `partialsSql` and `tallySql` give them. */
const SUMS = [
  'received',
  'accepted',
  'concluded',
  'on_time',
  'early',
  'overdue',
  'suspensions',
  'extensions',
  'rated',
  'rating_levels',
  'bad_reviews',
  'rectified',
] as const;

/**
 * The facts of `source` (a relation with the facts' columns plus `keys`) summed per `keys`,
 * group and working days taken (null for the facts that are not a conclusion).
 */
export function partialsSql(source: string, keys: readonly string[], group: GroupColumns): string {
  const by = keys.map((key) => `${key}, `).join('');
  return `
    select ${by}coalesce(${group.key}, '') as group_key, max(${group.name}) as group_name,
           working_days, sum(received) as received, sum(accepted) as accepted,
           count(working_days) as concluded, sum(on_time) as on_time, sum(early) as early,
           sum(overdue) as overdue, sum(suspensions) as suspensions,
           sum(extended) as extensions, count(level) as rated,
           coalesce(sum(level), 0) as rating_levels,
           count(*) filter (where level <= 2) as bad_reviews, sum(rectified) as rectified
    from ${source}
    group by ${by}coalesce(${group.key}, ''), working_days`;
}

/**
 * Partial sums (of `partialsSql`'s shape, from the cases or the daily roll-up) tallied per
 * `keys` and group: the counts and sums the report's figures follow from, the working days of
 * the concluded cases summed, and those cases as a histogram of the working days they took
 * (`working_days_values[i]` days, `working_days_counts[i]` cases), so that a percentile over
 * several tallies stays exact.
 */
export function tallySql(partials: string, keys: readonly string[]): string {
  const by = keys.map((key) => `${key}, `).join('');
  const summed = (outer: (name: string) => string) =>
    SUMS.map((name) => `${outer(name)} as ${name}`).join(', ');
  return `
    select ${by}group_key, max(group_name) as group_name,
           ${summed((name) => `sum(${name})::${name === 'rating_levels' ? 'bigint' : 'int'}`)},
           coalesce(sum(working_days * concluded), 0) as working_days,
           coalesce(array_agg(working_days order by working_days)
                      filter (where working_days is not null), '{}') as working_days_values,
           coalesce(array_agg(concluded order by working_days)
                      filter (where working_days is not null), '{}') as working_days_counts
    from (select ${by}group_key, max(group_name) as group_name, working_days,
                 ${summed((name) => `sum(${name})`)}
          from ${partials}
          group by ${by}group_key, working_days) by_working_days
    group by ${by}group_key`;
}
