import { defineEvent } from '@gov/contracts';
import { eventTablesV1, mikroOrmOptions, OutboxWriter } from '@gov/persistence';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Type } from '@sinclair/typebox';
import { Client } from 'pg';

/** A test-only event type, so these tests never meet a real service's events. */
export const pinged = defineEvent({
  context: 'event-test',
  aggregate: 'counter',
  event: 'pinged',
  version: 1,
  summary: 'test event',
  data: Type.Object({ note: Type.String() }, { additionalProperties: false }),
  sample: { note: 'hello' },
});

/** The effect a test consumer applies: one row per applied event. */
@Entity({ tableName: 'effect' })
export class Effect {
  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'string' })
  aggregateId!: string;

  @Property({ type: 'integer' })
  sequence!: number;

  @Property({ type: 'string' })
  note!: string;
}

/** A fresh schema with the platform tables and an `effect` table, and a MikroORM bound to it. */
export async function createEventSchema(databaseUrl: string, schema: string): Promise<MikroORM> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const sql of eventTablesV1(schema)) await client.query(sql);
    await client.query(`create table ${schema}.effect (
      event_id uuid primary key, aggregate_id text not null, sequence integer not null, note text not null)`);
  } finally {
    await client.end();
  }
  return MikroORM.init(
    mikroOrmOptions({ databaseUrl, schema, entities: [Effect], migrations: [] }),
  );
}

/** Writes `pinged` events to the outbox, each in its own transaction, as a service would. */
export async function writeEvents(
  orm: MikroORM,
  schema: string,
  events: readonly { aggregateId: string; sequence: number; note: string }[],
): Promise<string[]> {
  const outbox = new OutboxWriter(schema);
  const ids: string[] = [];
  for (const event of events) {
    const envelope = await orm.em.fork().transactional((em) =>
      outbox.record(em, pinged, {
        aggregateId: event.aggregateId,
        division: '330102001001',
        sequence: event.sequence,
        data: { note: event.note },
      }),
    );
    ids.push(envelope.id);
  }
  return ids;
}

/** Rows of a query on the test schema. */
export async function rows<T>(orm: MikroORM, sql: string, params: unknown[] = []): Promise<T[]> {
  return orm.em.fork().execute<T[]>(sql, params);
}
