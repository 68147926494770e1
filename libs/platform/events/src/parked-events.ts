import { type ParkedEvent } from '@gov/contracts';
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

/** The events a service's consumers gave up on, oldest first. */
export async function listParkedEvents(
  em: EntityManager,
  schema: string,
  consumer?: string,
): Promise<ParkedEvent[]> {
  const rows = await em.execute<ParkedRow[]>(
    `select id, consumer, event_id, subject, reason, attempts, parked_at
       from ${schema}.parked_event
      where (?::text is null or consumer = ?)
      order by id
      limit 1000`,
    [consumer ?? null, consumer ?? null],
  );
  return rows.map((row) => ({
    id: String(row.id),
    consumer: row.consumer,
    eventId: row.event_id,
    subject: row.subject,
    reason: row.reason,
    attempts: row.attempts,
    parkedAt: new Date(row.parked_at).toISOString(),
  }));
}
