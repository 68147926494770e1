/**
 * The platform tables every service schema carries, as SQL for the service's own committed
 * migration. Versioned: a shipped version never changes; a change is `eventTablesV2`.
 *   outbox           events written in the same transaction as the state change, relayed in `position` order
 *   inbox            event ids a consumer has applied (the real exactly-once guarantee)
 *   consumer_position the highest sequence applied per aggregate, so stale events are dropped
 *   parked_event     events a consumer gave up on, with the reason, until replayed
 *   idempotency_key  the first result of a command per (principal, key)
 */
export function eventTablesV1(schema: string): string[] {
  if (!/^[a-z][a-z0-9_]*$/.test(schema)) throw new RangeError(`Unsafe schema name "${schema}"`);
  return [
    `create schema if not exists ${schema}`,
    `create table ${schema}.outbox (
       position     bigserial   primary key,
       id           uuid        not null unique,
       subject      text        not null,
       envelope     jsonb       not null,
       headers      jsonb       not null default '{}'::jsonb,
       created_at   timestamptz not null default now(),
       published_at timestamptz
     )`,
    `create index outbox_unpublished_idx on ${schema}.outbox (position) where published_at is null`,
    `create index outbox_published_at_idx on ${schema}.outbox (published_at) where published_at is not null`,
    `create function ${schema}.outbox_notify() returns trigger language plpgsql as $$
     begin perform pg_notify('${schema}_outbox', ''); return null; end $$`,
    `create trigger outbox_notify after insert on ${schema}.outbox
     for each statement execute function ${schema}.outbox_notify()`,
    `create table ${schema}.inbox (
       consumer     text        not null,
       event_id     uuid        not null,
       event_type   text        not null,
       processed_at timestamptz not null default now(),
       primary key (consumer, event_id)
     )`,
    `create table ${schema}.consumer_position (
       consumer       text   not null,
       aggregate_type text   not null,
       aggregate_id   text   not null,
       last_sequence  bigint not null,
       primary key (consumer, aggregate_type, aggregate_id)
     )`,
    `create table ${schema}.parked_event (
       id        bigserial   primary key,
       consumer  text        not null,
       event_id  text        not null,
       subject   text        not null,
       payload   text        not null,
       headers   jsonb       not null default '{}'::jsonb,
       reason    text        not null,
       attempts  integer     not null,
       parked_at timestamptz not null default now(),
       unique (consumer, event_id)
     )`,
    `create table ${schema}.idempotency_key (
       principal    text        not null,
       key          text        not null,
       request_hash text        not null,
       reply        jsonb,
       created_at   timestamptz not null default now(),
       primary key (principal, key)
     )`,
  ];
}
