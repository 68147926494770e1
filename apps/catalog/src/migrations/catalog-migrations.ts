import { type MigrationObject } from '@mikro-orm/core';
import { Migration20261126000000CreateDivision } from './Migration20261126000000CreateDivision';
import { Migration20261126010000Departments } from './Migration20261126010000Departments';
import { Migration20261126100000DivisionValidity } from './Migration20261126100000DivisionValidity';
import { Migration20261126200000Centres } from './Migration20261126200000Centres';
import { Migration20261126201000CalendarLayers } from './Migration20261126201000CalendarLayers';
import { Migration20261126300000PowerCatalogue } from './Migration20261126300000PowerCatalogue';
import { Migration20261126400000Items } from './Migration20261126400000Items';
import { Migration20261126410000ItemDelegations } from './Migration20261126410000ItemDelegations';
import { Migration20261127000000ItemSearchKeys } from './Migration20261127000000ItemSearchKeys';

/** Every committed migration of the catalog schema, oldest first. Never edit one that has shipped. */
export const catalogMigrations: MigrationObject[] = [
  { name: 'Migration20261126000000CreateDivision', class: Migration20261126000000CreateDivision },
  { name: 'Migration20261126010000Departments', class: Migration20261126010000Departments },
  {
    name: 'Migration20261126100000DivisionValidity',
    class: Migration20261126100000DivisionValidity,
  },
  { name: 'Migration20261126200000Centres', class: Migration20261126200000Centres },
  {
    name: 'Migration20261126201000CalendarLayers',
    class: Migration20261126201000CalendarLayers,
  },
  { name: 'Migration20261126300000PowerCatalogue', class: Migration20261126300000PowerCatalogue },
  { name: 'Migration20261126400000Items', class: Migration20261126400000Items },
  {
    name: 'Migration20261126410000ItemDelegations',
    class: Migration20261126410000ItemDelegations,
  },
  { name: 'Migration20261127000000ItemSearchKeys', class: Migration20261127000000ItemSearchKeys },
];
