export * from './start-telemetry';
export * from './trace-context';
export * from './request-trace-context';
export * from './metrics';
export * from './health-server';
export * from './json-logger';
export * from './health-http.server';
