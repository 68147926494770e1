/** Injection token of the service's own PostgreSQL schema name (e.g. `catalog`). */
export const SERVICE_SCHEMA = Symbol('SERVICE_SCHEMA');
