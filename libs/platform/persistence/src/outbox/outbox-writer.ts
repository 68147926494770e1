import { type CloudEvent, type EventContract, type EventDataOf, validate } from '@gov/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';
import { traceHeaders } from '@gov/telemetry';
import { v7 as uuidv7 } from 'uuid';
import { sqlRunner } from '../sql-runner';

/** What a use case says about an event; the writer adds the envelope. */
export interface EventToRecord<E extends EventContract> {
  /** The aggregate's id: the CloudEvents `subject`. */
  readonly aggregateId: string;
  /** The owning division (12 digits): the event's subject suffix and `division` extension. */
  readonly division: string;
  /** The aggregate's version after the change: the `sequence` extension. */
  readonly sequence: number;
  readonly data: EventDataOf<E>;
}

/**
 * Records events in the service's outbox inside the caller's transaction, so a state change and
 * its events commit or vanish together. The relay publishes them afterwards.
 */
export class OutboxWriter {
  constructor(private readonly schema: string) {}

  async record<E extends EventContract>(
    em: EntityManager,
    contract: E,
    event: EventToRecord<E>,
  ): Promise<CloudEvent<EventDataOf<E>>> {
    if (!em.isInTransaction()) {
      throw new Error('Events must be recorded inside the transaction of the change they report');
    }
    const data = validate(contract.data, event.data);
    if (!data.ok) {
      throw new Error(`Event ${contract.type} breaks its contract: ${JSON.stringify(data.issues)}`);
    }
    const envelope: CloudEvent<EventDataOf<E>> = {
      specversion: '1.0',
      id: uuidv7(),
      source: `/gov/${this.schema}`,
      type: contract.type,
      subject: event.aggregateId,
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      data: event.data,
      division: event.division,
      sequence: event.sequence,
    };
    await sqlRunner(em).write(
      `insert into ${this.schema}.outbox (id, subject, envelope, headers) values ($1, $2, $3, $4)`,
      [
        envelope.id,
        contract.subjectFor(event.division),
        JSON.stringify(envelope),
        // The trace of the change travels with its event: relay and consumers continue it.
        JSON.stringify(traceHeaders()),
      ],
    );
    return envelope;
  }
}
