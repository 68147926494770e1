/** The table of the chain itself. */
export const AUDIT_LOG_TABLE = 'audit_log';
/** The signed chain heads kept beside it (their published events are the copy that counts). */
export const AUDIT_ANCHOR_TABLE = 'audit_anchor';

/** A timestamptz as the text that is hashed and signed: UTC, microseconds, always the same shape. */
export function isoUtc(expression: string): string {
  return `to_char(${expression} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** A schema name safe to splice into SQL (the same rule as the platform's other tables). */
export function assertSafeSchema(schema: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(schema)) throw new RangeError(`Unsafe schema name "${schema}"`);
  return schema;
}

/**
 * The audit tables of a service schema, as SQL for the service's own committed migration.
 * Versioned: a shipped version never changes; a change is `auditTablesV2`.
 *   audit_log     one row per change of an aggregate, hash-chained in `position` order
 *   audit_anchor  chain heads signed with the anchor key (also published as events)
 * Both refuse UPDATE, DELETE and TRUNCATE through triggers, so application code cannot edit the
 * trail by mistake. Someone with the rights to bypass triggers (a superuser, the table owner) can
 * still edit it: that is what the hash chain and the anchors published outside detect.
 *
 * `position` is assigned by the writer as head + 1 under the chain lock, not by a sequence: a
 * sequence leaves a hole for every rolled-back append, and a hole must mean a deleted row.
 */
export function auditTablesV1(schema: string): string[] {
  const s = assertSafeSchema(schema);
  return [
    `create schema if not exists ${s}`,
    `create table ${s}.${AUDIT_LOG_TABLE} (
       position       bigint      primary key check (position > 0),
       aggregate_type text        not null,
       aggregate_id   text        not null,
       sequence       bigint      not null check (sequence > 0),
       actor_kind     text        not null check (actor_kind in ('user', 'service')),
       actor_subject  text        not null,
       actor_username text        not null,
       actor_role     text,
       action         text        not null,
       change         jsonb       not null,
       occurred_at    timestamptz not null,
       algorithm      text        not null,
       prev_hash      text,
       hash           text        not null,
       unique (aggregate_type, aggregate_id, sequence),
       check ((actor_kind = 'user') = (actor_role is not null)),
       check ((position = 1) = (prev_hash is null))
     )`,
    `create table ${s}.${AUDIT_ANCHOR_TABLE} (
       id          bigserial   primary key,
       position    bigint      not null check (position > 0),
       hash        text        not null,
       anchored_at timestamptz not null,
       signature   text        not null
     )`,
    `create index ${AUDIT_ANCHOR_TABLE}_position_idx on ${s}.${AUDIT_ANCHOR_TABLE} (position)`,
    `create function ${s}.audit_append_only() returns trigger language plpgsql as $$
     begin
       raise exception '%.% is append-only: % refused', tg_table_schema, tg_table_name, tg_op
         using errcode = 'insufficient_privilege';
     end $$`,
    ...[AUDIT_LOG_TABLE, AUDIT_ANCHOR_TABLE].flatMap((table) => [
      `create trigger ${table}_no_change before update or delete on ${s}.${table}
       for each row execute function ${s}.audit_append_only()`,
      `create trigger ${table}_no_truncate before truncate on ${s}.${table}
       for each statement execute function ${s}.audit_append_only()`,
    ]),
    `comment on table ${s}.${AUDIT_LOG_TABLE} is
       'Append-only audit trail: hash = H(prev_hash || RFC 8785 canonical JSON of the row); see @gov/audit'`,
  ];
}

/** The advisory lock that serialises the appends (and anchors) of one schema's chain. */
export function auditChainLockName(schema: string): string {
  return `${assertSafeSchema(schema)}.audit_chain`;
}

/**
 * V2 adds `audit_locked_head(change)`: the chain lock and the head read after it, in one round
 * trip. The head must be read in a snapshot taken after the lock is granted (in READ COMMITTED, a
 * statement's snapshot predates anything it waits for, so one plain statement doing both could miss
 * the row the previous holder committed); each statement of a volatile plpgsql function takes its
 * own. It returns the instant of the append and the change as jsonb spells it (what is hashed).
 */
export function auditTablesV2(schema: string): string[] {
  const s = assertSafeSchema(schema);
  return [
    `create function ${s}.audit_locked_head(change jsonb)
     returns table (head_position text, head_hash text, occurred_at text, stored_change jsonb)
     language plpgsql volatile as $$
     begin
       perform pg_advisory_xact_lock(hashtext('${auditChainLockName(s)}'));
       return query
         select head.position::text, head.hash,
                ${isoUtc('clock_timestamp()')},
                change
         from (select 1) as one left join (
           select log.position, log.hash from ${s}.${AUDIT_LOG_TABLE} as log
           order by log.position desc limit 1
         ) as head on true;
     end $$`,
  ];
}
