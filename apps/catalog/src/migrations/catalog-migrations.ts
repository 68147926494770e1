import { type MigrationObject } from '@mikro-orm/core';
import { Migration20261126000000CreateDivision } from './Migration20261126000000CreateDivision';
import { Migration20261126010000Departments } from './Migration20261126010000Departments';

/** Every committed migration of the catalog schema, oldest first. Never edit one that has shipped. */
export const catalogMigrations: MigrationObject[] = [
  { name: 'Migration20261126000000CreateDivision', class: Migration20261126000000CreateDivision },
  { name: 'Migration20261126010000Departments', class: Migration20261126010000Departments },
];
