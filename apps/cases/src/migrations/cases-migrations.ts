import { type MigrationObject } from '@mikro-orm/core';
import { Migration20261126500000Cases } from './Migration20261126500000Cases';
import { Migration20261126510000CaseDeadlines } from './Migration20261126510000CaseDeadlines';
import { Migration20261126520000CaseNotices } from './Migration20261126520000CaseNotices';
import { Migration20261126530000CaseWork } from './Migration20261126530000CaseWork';
import { Migration20261126540000StaffDirectory } from './Migration20261126540000StaffDirectory';
import { Migration20261126550000CitizenAccounts } from './Migration20261126550000CitizenAccounts';
import { Migration20261126560000DeadlineWarnings } from './Migration20261126560000DeadlineWarnings';
import { Migration20261126570000Ratings } from './Migration20261126570000Ratings';
import { Migration20261126590000SupervisionCoveringIndexes } from './Migration20261126590000SupervisionCoveringIndexes';
import { Migration20261126580000CaseFigures } from './Migration20261126580000CaseFigures';
import { Migration20261126600000EfficiencyCoveringIndexes } from './Migration20261126600000EfficiencyCoveringIndexes';
import { Migration20261127100000EfficiencyDays } from './Migration20261127100000EfficiencyDays';
import { Migration20261127110000AuditLockedHead } from './Migration20261127110000AuditLockedHead';

/** Every committed migration of the cases schema, oldest first. Never edit one that has shipped. */
export const casesMigrations: MigrationObject[] = [
  { name: 'Migration20261126500000Cases', class: Migration20261126500000Cases },
  { name: 'Migration20261126510000CaseDeadlines', class: Migration20261126510000CaseDeadlines },
  { name: 'Migration20261126520000CaseNotices', class: Migration20261126520000CaseNotices },
  { name: 'Migration20261126530000CaseWork', class: Migration20261126530000CaseWork },
  { name: 'Migration20261126540000StaffDirectory', class: Migration20261126540000StaffDirectory },
  { name: 'Migration20261126550000CitizenAccounts', class: Migration20261126550000CitizenAccounts },
  {
    name: 'Migration20261126560000DeadlineWarnings',
    class: Migration20261126560000DeadlineWarnings,
  },
  { name: 'Migration20261126570000Ratings', class: Migration20261126570000Ratings },
  { name: 'Migration20261126580000CaseFigures', class: Migration20261126580000CaseFigures },
  {
    name: 'Migration20261126590000SupervisionCoveringIndexes',
    class: Migration20261126590000SupervisionCoveringIndexes,
  },
  {
    name: 'Migration20261126600000EfficiencyCoveringIndexes',
    class: Migration20261126600000EfficiencyCoveringIndexes,
  },
  { name: 'Migration20261127100000EfficiencyDays', class: Migration20261127100000EfficiencyDays },
  { name: 'Migration20261127110000AuditLockedHead', class: Migration20261127110000AuditLockedHead },
];
