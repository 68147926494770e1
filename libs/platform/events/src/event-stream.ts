import { ALL_EVENTS_SUBJECT } from '@gov/contracts';
import {
  type JetStreamManager,
  nanos,
  RetentionPolicy,
  StorageType,
  type StreamConfig,
} from 'nats';

export const EVENT_STREAM = 'GOV_EVENTS';

export interface EventStreamOptions {
  readonly storage: 'file' | 'memory';
  readonly replicas: number;
  readonly duplicateWindowMs: number;
  readonly maxAgeMs: number;
}

export const DEFAULT_EVENT_STREAM: EventStreamOptions = {
  storage: 'file',
  replicas: 1,
  duplicateWindowMs: 120_000,
  maxAgeMs: 30 * 24 * 3600 * 1000,
};

/**
 * Creates GOV_EVENTS on `gov.evt.>`, or brings an existing one to the given settings. Safe to
 * call from every instance at start: whoever loses the race to create it updates it instead.
 */
export async function ensureEventStream(
  jsm: JetStreamManager,
  options: EventStreamOptions = DEFAULT_EVENT_STREAM,
): Promise<void> {
  const config: Partial<StreamConfig> & { name: string } = {
    name: EVENT_STREAM,
    subjects: [ALL_EVENTS_SUBJECT],
    retention: RetentionPolicy.Limits,
    storage: options.storage === 'file' ? StorageType.File : StorageType.Memory,
    num_replicas: options.replicas,
    duplicate_window: nanos(options.duplicateWindowMs),
    max_age: nanos(options.maxAgeMs),
  };
  const exists = await jsm.streams.info(EVENT_STREAM).then(
    () => true,
    () => false,
  );
  if (!exists) {
    const created = await jsm.streams.add(config).then(
      () => true,
      () => false,
    );
    if (created) return;
  }
  // The storage type of an existing stream cannot change; everything else is brought up to date.
  const changeable: Partial<StreamConfig> = { ...config };
  delete changeable.storage;
  await jsm.streams.update(EVENT_STREAM, changeable);
}

/** The stream settings from the validated environment (EVENTS_STREAM_*). */
export function eventStreamOptions(config: {
  readonly streamStorage: 'file' | 'memory';
  readonly streamReplicas: number;
  readonly streamDuplicateWindowMs: number;
  readonly streamMaxAgeMs: number;
}): EventStreamOptions {
  return {
    storage: config.streamStorage,
    replicas: config.streamReplicas,
    duplicateWindowMs: config.streamDuplicateWindowMs,
    maxAgeMs: config.streamMaxAgeMs,
  };
}
