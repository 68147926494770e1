import { divisionSubjectTokens } from './division-tokens';

/**
 * The four subject families of the bus (DESIGN.md §2). They are kept apart so NATS
 * permissions can tell them apart:
 *   commands      gov.cmd.<context>.<aggregate>.<verb>.v<N>
 *   queries       gov.qry.<context>.<aggregate>.<verb>.v<N>
 *   integration   gov.int.<system>.<operation>.v<N>
 *   events        gov.evt.<context>.<aggregate>.<event>.v<N>.<PP>.<CC>.<DD>.<TTT>.<VVV>
 * Multi-word names are kebab-case. Released names never change: a breaking change is a new version.
 */
export type RequestFamily = 'cmd' | 'qry';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function token(name: string, what: string): string {
  if (!KEBAB.test(name)) {
    throw new RangeError(`${what} "${name}" must be a kebab-case subject token`);
  }
  return name;
}

function version(n: number): string {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`A version must be a positive integer, got ${n}`);
  }
  return `v${n}`;
}

/** `gov.cmd.catalog.department.create.v1` */
export function commandSubject(
  context: string,
  aggregate: string,
  verb: string,
  v: number,
): string {
  return requestSubject('cmd', context, aggregate, verb, v);
}

/** `gov.qry.catalog.division.get.v1` */
export function querySubject(context: string, aggregate: string, verb: string, v: number): string {
  return requestSubject('qry', context, aggregate, verb, v);
}

function requestSubject(
  family: RequestFamily,
  context: string,
  aggregate: string,
  verb: string,
  v: number,
): string {
  return [
    'gov',
    family,
    token(context, 'Context'),
    token(aggregate, 'Aggregate'),
    token(verb, 'Verb'),
    version(v),
  ].join('.');
}

/** `gov.int.market-regulation.licence-verify.v1`: a request to a department system. */
export function integrationSubject(system: string, operation: string, v: number): string {
  return ['gov', 'int', token(system, 'System'), token(operation, 'Operation'), version(v)].join(
    '.',
  );
}

/** The subject prefix of one event type, without the division: `gov.evt.cases.case.accepted.v1`. */
export function eventSubjectPrefix(
  context: string,
  aggregate: string,
  event: string,
  v: number,
): string {
  return [
    'gov',
    'evt',
    token(context, 'Context'),
    token(aggregate, 'Aggregate'),
    token(event, 'Event'),
    version(v),
  ].join('.');
}

/** The full subject of an event owned by a 12-digit division. */
export function eventSubject(prefix: string, division: string): string {
  return `${prefix}.${divisionSubjectTokens(division)}`;
}

/** The CloudEvents `type` of an event: `cn.gov.cases.case.accepted.v1`. */
export function eventType(context: string, aggregate: string, event: string, v: number): string {
  return [
    'cn',
    'gov',
    token(context, 'Context'),
    token(aggregate, 'Aggregate'),
    token(event, 'Event'),
    version(v),
  ].join('.');
}

/** Every event of the suite: the subjects of the GOV_EVENTS stream. */
export const ALL_EVENTS_SUBJECT = 'gov.evt.>';
