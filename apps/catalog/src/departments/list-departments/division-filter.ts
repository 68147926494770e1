import { GovError } from '@gov/contracts';
import { tryParseDivisionCode } from '@gov/division';

/** How a directory list restricts its `division` column: not at all, to one code, or to a subtree. */
export type DivisionFilter = undefined | string | { readonly $like: string };

/**
 * The filter of `?division=&includeSubtree=`: no division lists everything; a division alone
 * lists that division only; with `includeSubtree` its whole subtree. A code that is not a valid
 * division code is the caller's mistake (400 CATALOG.DIVISION_CODE_INVALID).
 */
export function divisionFilter(request: {
  readonly division?: string;
  readonly includeSubtree?: boolean;
}): DivisionFilter {
  if (request.division === undefined) return undefined;
  const parsed = tryParseDivisionCode(request.division);
  if (!parsed.ok) {
    throw new GovError('CATALOG.DIVISION_CODE_INVALID', parsed.message, {
      division: request.division,
    });
  }
  return request.includeSubtree === true
    ? { $like: `${parsed.code.subtreePrefix}%` }
    : parsed.code.value;
}
