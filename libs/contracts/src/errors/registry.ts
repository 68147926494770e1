import { caseErrors } from '../cases/case.errors';
import { catalogErrors } from '../catalog/catalog.errors';
import { divisionErrors } from '../catalog/division.errors';
import { calendarErrors } from '../catalog/calendar.errors';
import { centreErrors } from '../catalog/centre.errors';
import { itemErrors } from '../catalog/item.errors';
import { powerErrors } from '../catalog/power.errors';
import { platformErrors } from '../platform/platform.errors';
import { warningErrors } from '../supervision/warning.errors';
import { ratingErrors } from '../supervision/rating.errors';
import { efficiencyErrors } from '../supervision/efficiency.errors';
import { type ErrorDefinition, type ErrorKind } from './error-kind';

/** Every error code of the suite, with its kind and default message. One code, one meaning, forever. */
export const errorRegistry = {
  ...platformErrors,
  ...catalogErrors,
  ...divisionErrors,
  ...centreErrors,
  ...calendarErrors,
  ...powerErrors,
  ...itemErrors,
  ...caseErrors,
  ...efficiencyErrors,
  ...warningErrors,
  ...ratingErrors,
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof errorRegistry;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(errorRegistry, code);
}

/** The kind of a registered code. */
export function errorKindOf(code: ErrorCode): ErrorKind {
  return errorRegistry[code].kind;
}
