export * from './free-port';
export * from './wait';
export * from './postgres';
export * from './nats-server';
export * from './test-infrastructure';
