import { GovError } from '@gov/contracts';
import { parseDivisionInput } from './calendar-layers';

/** Announcements belong to a province's layer: 422 CALENDAR_ANNOUNCEMENT_NOT_PROVINCE elsewhere. */
export function assertProvince(division: string): void {
  const code = parseDivisionInput(division);
  if (code.level !== 'province') {
    throw new GovError('CATALOG.CALENDAR_ANNOUNCEMENT_NOT_PROVINCE', undefined, {
      division: code.value,
      level: code.level,
    });
  }
}
