import { type Static, type TSchema } from '@sinclair/typebox';
import { eventSubject, eventSubjectPrefix, eventType } from '../subjects/families';

/** An event type: its CloudEvents `type`, its subject (per owning division), its data schema and a sample. */
export interface EventContract<D extends TSchema = TSchema> {
  readonly type: string;
  readonly subjectPrefix: string;
  readonly summary: string;
  readonly data: D;
  readonly sample: Static<D>;
  /** The subject of this event when the aggregate belongs to `division` (12 digits). */
  subjectFor(division: string): string;
}

export type EventDataOf<E extends EventContract> = Static<E['data']>;

interface EventDefinition<D extends TSchema> {
  readonly context: string;
  readonly aggregate: string;
  readonly event: string;
  readonly version: number;
  readonly summary: string;
  readonly data: D;
  readonly sample: Static<D>;
}

export function defineEvent<D extends TSchema>(definition: EventDefinition<D>): EventContract<D> {
  const { context, aggregate, event, version, summary, data, sample } = definition;
  const subjectPrefix = eventSubjectPrefix(context, aggregate, event, version);
  return {
    type: eventType(context, aggregate, event, version),
    subjectPrefix,
    summary,
    data,
    sample,
    subjectFor: (division) => eventSubject(subjectPrefix, division),
  };
}
