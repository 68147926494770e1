export * from './event-stream';
export * from './outbox-relay';
export * from './event-consumer';
export * from './parse-event';
export * from './parked-events';
export * from './events.module';
