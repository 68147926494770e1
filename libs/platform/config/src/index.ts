export * from './load-config';
export * from './variables';
export * from './fragments';
export * from './run-main';
export * from './logging';
