import { type ListParkedEventsRequest, type Page, type ParkedEvent } from '@gov/contracts';
import { readPage } from '@gov/persistence';
import { type EntityManager } from '@mikro-orm/postgresql';

interface ParkedRow {
  id: string;
  consumer: string;
  event_id: string;
  subject: string;
  reason: string;
  attempts: number;
  parked_at: Date;
}

/** The events a service's consumers gave up on, oldest first, a page at a time. */
export function listParkedEvents(
  em: EntityManager,
  schema: string,
  request: ListParkedEventsRequest,
): Promise<Page<ParkedEvent>> {
  const consumer = request.consumer ?? null;
  return readPage(
    request,
    1,
    (after, rows) =>
      em.execute<ParkedRow[]>(
        `select id, consumer, event_id, subject, reason, attempts, parked_at
           from ${schema}.parked_event
          where (?::text is null or consumer = ?) and id > ?
          order by id
          limit ?`,
        [consumer, consumer, after?.[0] ?? 0, rows],
      ),
    (row) => [String(row.id)],
    (row) => ({
      id: String(row.id),
      consumer: row.consumer,
      eventId: row.event_id,
      subject: row.subject,
      reason: row.reason,
      attempts: row.attempts,
      parkedAt: new Date(row.parked_at).toISOString(),
    }),
  );
}
