import { type CloudEvent, CloudEventEnvelope, type EventContract, validate } from '@gov/contracts';

export type ParsedEvent =
  | { readonly ok: true; readonly event: CloudEvent }
  | { readonly ok: false; readonly known: boolean; readonly reason: string };

/**
 * Checks a message body as a CloudEvent of one of the given contracts. `known: true` with
 * `ok: false` means the event is broken (park it); `known: false` means a type this consumer does
 * not handle (skip it).
 */
export function parseEvent(body: string, contracts: readonly EventContract[]): ParsedEvent {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, known: true, reason: 'body is not JSON' };
  }
  const envelope = validate(CloudEventEnvelope, json);
  if (!envelope.ok) {
    return {
      ok: false,
      known: true,
      reason: `not a CloudEvent: ${JSON.stringify(envelope.issues)}`,
    };
  }
  const contract = contracts.find((candidate) => candidate.type === envelope.value.type);
  if (!contract)
    return { ok: false, known: false, reason: `unhandled type ${envelope.value.type}` };
  const data = validate(contract.data, envelope.value.data);
  if (!data.ok) {
    return {
      ok: false,
      known: true,
      reason: `data breaks ${contract.type}: ${JSON.stringify(data.issues)}`,
    };
  }
  return { ok: true, event: envelope.value };
}

/** `cn.gov.catalog.department.created.v1` → `catalog.department`: the key of per-aggregate order. */
export function aggregateTypeOf(eventType: string): string {
  const [, , context, aggregate] = eventType.split('.');
  return `${context}.${aggregate}`;
}
