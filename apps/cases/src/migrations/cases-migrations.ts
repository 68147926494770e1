import { type MigrationObject } from '@mikro-orm/core';
import { Migration20261126500000Cases } from './Migration20261126500000Cases';

/** Every committed migration of the cases schema, oldest first. Never edit one that has shipped. */
export const casesMigrations: MigrationObject[] = [
  { name: 'Migration20261126500000Cases', class: Migration20261126500000Cases },
];
