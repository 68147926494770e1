/** The kinds of personal data this library knows how to normalise and mask. */
export const PERSONAL_DATA_KINDS = ['resident-id', 'phone', 'credit-code', 'name'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/**
 * The kinds that get a blind index (exact lookup). Names are left out: people search names by
 * parts and variants, and an exact-match index on a name would mostly leak who shares a name.
 */
export const INDEXED_KINDS = ['resident-id', 'phone', 'credit-code'] as const;
export type IndexedKind = (typeof INDEXED_KINDS)[number];
