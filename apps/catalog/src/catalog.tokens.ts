/** Injection token of the catalog's validated configuration. */
export const CATALOG_CONFIG = Symbol('CATALOG_CONFIG');
