// Writes src/official/official-holidays.data.ts from the installed lunar-javascript:
//   node -r @swc-node/register libs/domain/calendar/test/official-holidays/generate.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  installedLunarVersion,
  readLunarAnnouncements,
  renderAnnouncementsModule,
} from './lunar-announcements';

async function main(): Promise<void> {
  const target = join(__dirname, '../../src/official/official-holidays.data.ts');
  const announcements = readLunarAnnouncements();
  const source = renderAnnouncementsModule(announcements, installedLunarVersion());
  const options = (await resolveConfig(target)) ?? {};
  writeFileSync(target, await format(source, { ...options, filepath: target }));
  const years = announcements.map((announcement) => announcement.year).join(', ');
  process.stdout.write(`wrote ${target} (years ${years})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
