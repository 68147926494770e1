import { GovError, type PageRequest } from '@gov/contracts';

/** `{ [name]: n }` for a whole-number query parameter, `{}` when absent; anything else is a 400. */
function optionalInteger(name: string, raw: string | undefined): Record<string, number> {
  if (raw === undefined) return {};
  if (!/^\d{1,9}$/.test(raw)) {
    throw new GovError('PLATFORM.VALIDATION_FAILED', `查询参数 ${name} 应为整数`, { field: name });
  }
  return { [name]: Number(raw) };
}

/** The paging fields of a list request from `?cursor=&limit=` (the service validates both). */
export function pageQuery(cursor: string | undefined, limit: string | undefined): PageRequest {
  return { ...(cursor === undefined ? {} : { cursor }), ...optionalInteger('limit', limit) };
}
