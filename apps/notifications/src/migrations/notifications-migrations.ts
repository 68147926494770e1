import { type MigrationObject } from '@mikro-orm/core';
import { Migration20261126020000Notices } from './Migration20261126020000Notices';
import { Migration20261127010000PersonalNotices } from './Migration20261127010000PersonalNotices';

/** Every committed migration of the notifications schema, oldest first. Never edit a shipped one. */
export const notificationsMigrations: MigrationObject[] = [
  { name: 'Migration20261126020000Notices', class: Migration20261126020000Notices },
  { name: 'Migration20261127010000PersonalNotices', class: Migration20261127010000PersonalNotices },
];
