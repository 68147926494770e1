import { type MigrationObject } from '@mikro-orm/core';
import { Migration20261126020000Notices } from './Migration20261126020000Notices';

/** Every committed migration of the notifications schema, oldest first. Never edit a shipped one. */
export const notificationsMigrations: MigrationObject[] = [
  { name: 'Migration20261126020000Notices', class: Migration20261126020000Notices },
];
