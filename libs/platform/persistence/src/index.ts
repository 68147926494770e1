export * from './mikro-orm-options';
export * from './migrate';
