import { Scope } from '@gov/auth';
import { WorkingCalendar } from '@gov/calendar';
import { type Calendar, calendarContracts } from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/**
 * The working calendar of the centre handling a case: the province's announcements and every
 * level's overrides down to the division, as the catalog keeps them. A copy is kept here, so an
 * action does not wait on the catalog, and is used until `calendar.changed` says a layer above it
 * changed after the copy was fetched; then the next action fetches it again. Fetched before a
 * transaction opens, never while one is open.
 */
@Injectable()
export class CentreCalendars {
  /**
   * The copies compiled, by division, with the fetch they came from: every action still asks the
   * database whether its copy is current, but the layers (a year of days) travel and compile only
   * when the copy changed.
   */
  private readonly compiled = new Map<string, { fetchedAt: string; calendar: WorkingCalendar }>();

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: NatsRequester,
  ) {}

  async of(division: string): Promise<WorkingCalendar> {
    const em = this.orm.em.fork();
    const known = this.compiled.get(division);
    const [copy] = await em.execute<{ fetched_at: string; layers: Calendar['layers'] | null }[]>(
      `select c.fetch_started_at::text as fetched_at,
              case when c.fetch_started_at::text is distinct from ? then c.layers end as layers
       from cases.calendar_copy c
       where c.division = ?
         and not exists (select 1 from cases.calendar_change ch
                         where c.division like ch.division_prefix || '%'
                           and ch.changed_at >= c.fetch_started_at)`,
      [known?.fetchedAt ?? null, division],
    );
    if (copy?.layers === null && known) return known.calendar;
    if (copy?.layers) {
      const calendar = WorkingCalendar.fromLayers(copy.layers);
      this.compiled.set(division, { fetchedAt: copy.fetched_at, calendar });
      return calendar;
    }
    // The instant before asking: a change recorded after it makes this copy stale again.
    const fetchStartedAt = new Date();
    const calendar = await this.bus.request(calendarContracts.getCalendar, { division });
    await em.execute(
      `insert into cases.calendar_copy (division, layers, fetch_started_at) values (?, ?, ?)
       on conflict (division) do update
         set layers = excluded.layers, fetch_started_at = excluded.fetch_started_at
         where calendar_copy.fetch_started_at < excluded.fetch_started_at`,
      [division, JSON.stringify(calendar.layers), fetchStartedAt],
    );
    return WorkingCalendar.fromLayers(calendar.layers);
  }
}

/**
 * Records that the calendar of `division` changed: the copies of every division under it are no
 * longer used, and the deadlines of its open cases are marked for recomputation. Runs in the
 * transaction of the consumed `calendar.changed` event.
 */
export async function recordCalendarChange(em: EntityManager, division: string): Promise<void> {
  const prefix = Scope.ofDivision(division).divisionPrefix;
  if (prefix === null) return;
  await em.execute(
    `insert into cases.calendar_change (division_prefix, changed_at) values (?, clock_timestamp())
     on conflict (division_prefix) do update set changed_at = excluded.changed_at`,
    [prefix],
  );
  await em.execute(
    `update cases."case" set deadlines_stale = true
     where division like ? and not deadlines_stale
       and (acceptance_ends_at is not null or clock_phase in ('running', 'suspended'))`,
    [`${prefix}%`],
  );
}
