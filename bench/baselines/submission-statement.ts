import { randomUUID } from 'node:crypto';
import { type Pool } from 'pg';

/** The tables of baselines (b) and (d): the shape of what the suite writes for a submission. */
export const BASELINE_TABLES = `
  create schema if not exists baseline;
  create table if not exists baseline."case" (
    id uuid primary key, number varchar(40) not null unique, status varchar(30) not null,
    division varchar(12) not null, item_code varchar(120) not null, state jsonb not null,
    received_at timestamptz not null, version integer not null default 1);
  create table if not exists baseline.outbox (
    id bigserial primary key, subject text not null, envelope jsonb not null,
    created_at timestamptz not null default now());
  create table if not exists baseline.audit (
    id bigserial primary key, aggregate_id uuid not null, sequence integer not null,
    change jsonb not null, hash char(64) not null);`;

/**
 * One submission's rows — case, outbox, audit — in one statement, one round trip: atomic on its
 * own, the least a submission can cost the database.
 */
export function insertSubmission(pool: Pool, n: number): Promise<unknown> {
  const id = randomUUID();
  return pool.query(
    `with c as (
       insert into baseline."case" (id, number, status, division, item_code, state, received_at)
       values ($1, $2, 'submitted', '330102000000', 'XK00001001', $3, now())),
     o as (insert into baseline.outbox (subject, envelope) values ($4, $5))
     insert into baseline.audit (aggregate_id, sequence, change, hash) values ($1, 1, $6, $7)`,
    [
      id,
      `B-${process.pid}-${n}-${id.slice(0, 8)}`,
      JSON.stringify({ status: 'submitted' }),
      'gov.evt.cases.case.submitted.v1',
      JSON.stringify({ id, type: 'case.submitted' }),
      JSON.stringify({ to: 'submitted' }),
      id.replaceAll('-', '').padEnd(64, '0'),
    ],
  );
}
