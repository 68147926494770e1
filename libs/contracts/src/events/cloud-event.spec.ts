import { Type } from '@sinclair/typebox';
import { validate } from '../schema/validate';
import { CloudEventEnvelope, cloudEventSample, cloudEventSchema } from './cloud-event';

describe('CloudEvents envelope', () => {
  it('accepts its sample', () => {
    expect(validate(CloudEventEnvelope, cloudEventSample)).toEqual({
      ok: true,
      value: cloudEventSample,
    });
  });

  it.each([
    ['a spec version other than 1.0', { specversion: '0.3' }],
    ['an id that is not a UUID', { id: 'abc' }],
    ['a six-digit division', { division: '330100' }],
    ['a sequence of zero', { sequence: 0 }],
    ['a type outside cn.gov', { type: 'com.example.created' }],
    ['trace context smuggled into the envelope', { traceparent: '00-abc' }],
  ])('rejects %s', (_name, change) => {
    expect(validate(CloudEventEnvelope, { ...cloudEventSample, ...change }).ok).toBe(false);
  });

  it('checks data against the event schema it wraps', () => {
    const envelope = cloudEventSchema(Type.Object({ name: Type.String() }));
    expect(validate(envelope, cloudEventSample).ok).toBe(true);
    expect(validate(envelope, { ...cloudEventSample, data: { name: 1 } }).ok).toBe(false);
  });
});
