import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { DivisionCode12, Timestamp, Uuid } from '../schema/formats';

/**
 * The CloudEvents 1.0 JSON envelope every event travels in, with two extensions:
 * `division` (the owning division, 12 digits) and `sequence` (the aggregate's version, so a
 * consumer can order per aggregate and drop stale or duplicate events). `id` is a UUIDv7 and
 * doubles as the JetStream `Nats-Msg-Id`. Trace context travels in headers, never here.
 */
export const cloudEventSchema = <D extends TSchema>(data: D) =>
  Type.Object(
    {
      specversion: Type.Literal('1.0'),
      id: Uuid,
      source: Type.String({
        minLength: 1,
        description: 'The producing service, e.g. /gov/catalog',
      }),
      type: Type.String({ pattern: '^cn\\.gov\\.[a-z0-9.-]+\\.v\\d+$' }),
      subject: Type.String({ minLength: 1, description: 'The aggregate id' }),
      time: Timestamp,
      datacontenttype: Type.Literal('application/json'),
      data,
      division: DivisionCode12,
      sequence: Type.Integer({ minimum: 1 }),
    },
    { additionalProperties: false },
  );

export const CloudEventEnvelope = cloudEventSchema(Type.Unknown());
export type CloudEvent<D = unknown> = Omit<Static<typeof CloudEventEnvelope>, 'data'> & {
  data: D;
};

export const cloudEventSample: CloudEvent<{ name: string }> = {
  specversion: '1.0',
  id: '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5e6f',
  source: '/gov/catalog',
  type: 'cn.gov.catalog.department.created.v1',
  subject: '913301006096919000',
  time: '2026-11-26T08:30:00.000Z',
  datacontenttype: 'application/json',
  data: { name: '杭州市市场监督管理局' },
  division: '330100000000',
  sequence: 1,
};
