import { GovError } from '@gov/contracts';
import { isLocalDate, type LocalDate } from '@gov/calendar';

/** A date of a request (`field`) as a real calendar day; 400 CATALOG.CALENDAR_DATE_INVALID otherwise. */
export function requestDate(field: string, value: string): LocalDate {
  if (!isLocalDate(value)) {
    throw new GovError(
      'CATALOG.CALENDAR_DATE_INVALID',
      `${field} 应为 YYYY-MM-DD 格式的真实公历日期（1900–9999 年），收到“${value}”`,
      { field, value },
    );
  }
  return value;
}

/** The year of a `YYYY-MM-DD` date. */
export function yearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}
