import { type BenchItem } from './seed-items';

/**
 * One batch of synthetic cases, `g` from $1 to $2 of $4, "today" being $3 (a local date), as one
 * statement: the cases, the figures of those concluded, and the ratings of a fifth of those.
 *
 * The spread: 11 cities of one province (the capital a fifth of all cases), 10 counties each, 10
 * townships each; the seed's items; received over the last year, in order (as a live system
 * writes them, so a period's cases lie together in the table). Older than 60 days: delivered,
 * concluded, refused or withdrawn. Younger: mostly under review, some suspended, a few waiting for
 * acceptance or already delivered. A quarter of the running cases are past their promised due date,
 * which makes ~3% of all cases overdue. The watch columns are those a transition would have written
 * with the warnings up to yesterday raised: what is due today is what crossed a line today.
 * Working days are approximated as 7/5 calendar days: the bench measures queries, not the calendar.
 */
export function caseBatchSql(items: readonly BenchItem[]): string {
  const itemRows = items
    .map(
      (item, n) =>
        `(${n}, ${text(item.code)}, ${text(item.name)}, ${item.promised}, ${item.statutory}, ` +
        `${text(item.organ)}, ${text(item.organName)})`,
    )
    .join(',\n      ');
  return `
with items (n, code, name, promised, statutory, organ, organ_name) as (values
      ${itemRows}),
draws as (
  select g, random() as r_city, random() as r_county, random() as r_town, random() as r_item,
         random() as r_age, random() as r_fate, random() as r_due, random() as r_days,
         random() as r_rate
  from generate_series($1::bigint, $2::bigint) as g
),
placed as (
  select d.*, i.*,
         '33' || lpad((case when r_city < 0.2 then 1 else 2 + floor(r_city * 10)::int end)::text, 2, '0')
              || lpad((2 + floor(r_county * 10)::int)::text, 2, '0')
              || lpad((1 + floor(r_town * 10)::int)::text, 3, '0') || '000' as division,
         -- Older cases first, as a live system writes them: the table is in time order.
         greatest(0, floor((1 - g::float / $4) * 365 + (r_age - 0.5) * 4))::int as age,
         greatest(2, ceil(i.promised * 0.2))::int as yellow_days
  from draws d join items i on i.n = floor(d.r_item * ${items.length})::int
),
fated as (
  select p.*,
         case when age > 60 then
                case when r_fate < 0.85 then 'delivered' when r_fate < 0.92 then 'concluded'
                     when r_fate < 0.97 then 'rejected' else 'withdrawn' end
              else
                case when r_fate < 0.70 then 'under-review' when r_fate < 0.78 then 'suspended'
                     when r_fate < 0.85 and age <= 5 then 'submitted'
                     when r_fate < 0.85 then 'under-review' else 'delivered' end
         end as status,
         (($3::date - age) + time '09:00') at time zone 'Asia/Shanghai' as received_at
  from placed p
),
timed as (
  select f.*,
         case when status in ('submitted', 'rejected') then null
              else received_at + interval '1 hour' end as accepted_at,
         case when status = 'under-review' then
                case when r_due < 0.26 then $3::date - (1 + floor(r_days * 20)::int)
                     else $3::date + floor(r_days * 15)::int end
         end as running_due,
         floor(promised * (0.3 + r_days * 0.8))::int as working_days
  from fated f
),
rows as (
  select t.*,
         running_due - ceil(yellow_days * 1.4)::int as promised_warn,
         running_due + ceil((statutory - promised) * 1.4)::int as statutory_due,
         running_due + ceil((statutory - promised) * 1.4)::int - ceil(yellow_days * 1.4)::int
           as statutory_warn,
         (accepted_at at time zone 'Asia/Shanghai')::date + ceil(promised * 1.4)::int as promised_due_then,
         least(accepted_at + make_interval(days => ceil(working_days * 1.4)::int + 1),
               ($3::date + time '08:00') at time zone 'Asia/Shanghai') as concluded_at
  from timed t
),
cases as (
  insert into cases."case" (
    id, number, query_code_hash, status, channel, division, item_code, item_version, item_name,
    applicant_kind, applicant_name, applicant_id, applicant_id_idx, applicant_phone, materials,
    state, submitted_by, received_at, updated_at, version, clock_phase, statutory_due_on,
    promised_due_on, deadlines_stale, handling_organ, handling_organ_name, promised_warn_on,
    statutory_warn_on, next_warning_on, accepted_at)
  select md5('bench-case-' || g)::uuid,
         substr(division, 1, 6) || '-' || to_char(received_at, 'YYYYMMDD') || '-' || lpad(g::text, 8, '0'),
         md5(g::text) || md5(g::text), status, 'window', division, code, 1, name,
         'person', '测试申请人', 'pd1.bench', substr(md5('applicant-' || g), 1, 16), 'pd1.bench',
         '[]'::jsonb,
         jsonb_build_object(
           'status', status, 'sequence', 3, 'receivedAt', received_at, 'lastReceivedAt', received_at,
           'updatedAt', coalesce(accepted_at, received_at),
           'limits', jsonb_build_object('statutory', statutory, 'promised', promised),
           'corrections', '[]'::jsonb, 'suspensions', '[]'::jsonb,
           'firstResponder', jsonb_build_object('id', 'bench-clerk-' || division,
                                                'username', 'clerk-' || division, 'role', 'clerk')),
         'bench-clerk-' || division, received_at, coalesce(accepted_at, received_at), 3,
         case status when 'under-review' then 'running' when 'suspended' then 'suspended'
                     when 'submitted' then 'not-started' else 'stopped' end,
         case when status = 'under-review' then statutory_due end,
         case when status = 'under-review' then running_due end,
         false, organ, organ_name,
         case when status = 'under-review' then promised_warn end,
         case when status = 'under-review' then statutory_warn end,
         case when status <> 'under-review' then null
              when promised_warn >= $3::date then promised_warn
              when running_due + 1 >= $3::date then running_due + 1
              when statutory_warn >= $3::date then statutory_warn
              when statutory_due + 1 >= $3::date then statutory_due + 1 end,
         accepted_at
  from rows
  returning id
),
figures as (
  insert into cases.case_figures (
    case_id, division, item_code, item_name, handling_organ, handling_organ_name, "window", staff,
    received_at, accepted_at, concluded_at, working_days, promised_limit, promised_due_on, on_time,
    early, overdue, suspensions, extended)
  select md5('bench-case-' || g)::uuid, division, code, name, organ, organ_name, null,
         'clerk-' || division, received_at, accepted_at, concluded_at, working_days, promised,
         promised_due_then, working_days <= promised, working_days < promised,
         working_days > promised, ((r_fate * 100)::int % 20 = 0)::int, (r_fate * 1000)::int % 50 = 0
  from rows where status in ('concluded', 'delivered')
  returning case_id
)
insert into cases.rating (case_id, level, dimensions, rater_subject, rater_role, division,
                          item_code, handling_organ, rated_at)
select md5('bench-case-' || g)::uuid,
       case when r_rate < 0.14 then 5 when r_rate < 0.18 then 4 when r_rate < 0.194 then 3
            when r_rate < 0.198 then 2 else 1 end,
       '{}'::jsonb, 'bench-citizen', 'applicant', division, code, organ,
       concluded_at + interval '1 hour'
from rows where status in ('concluded', 'delivered') and r_rate < 0.2`;
}

function text(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
